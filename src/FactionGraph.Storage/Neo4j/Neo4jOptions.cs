namespace FactionGraph.Storage.Neo4j;

/// <summary>
/// How to reach Neo4j (section "Neo4j"; environment variables Neo4j__Uri, Neo4j__Password, …).
/// Validated where the store is registered: Password is required when Storage:Provider is Neo4j.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>Base HTTP address of the server. Default: http://localhost:7474</summary>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    /// <summary>Default: neo4j</summary>
    public string Username { get; set; } = "neo4j";

    /// <summary>No default: it must come from the environment or a secret store, never from the repository.</summary>
    public string? Password { get; set; }

    /// <summary>Database name on Neo4j 4/5. Default: neo4j. Neo4j 3.x has one database and ignores it.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>Longest wait for one HTTP request before it counts as a (transient) failure. Default: 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a failed idempotent request after a transient error; 0 disables retrying. Default: 4.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>
    /// Send each kind of write as one UNWIND statement over all its rows, all in one request (default,
    /// true). BENCHMARK-ONLY when false: one statement per row, each in its own HTTP request inside one
    /// open transaction (begin, a request per statement, commit), as a naive client would — it exists
    /// only so benchmarks can measure what batching saves. Never set it false in production.
    /// </summary>
    public bool BatchWrites { get; set; } = true;
}
