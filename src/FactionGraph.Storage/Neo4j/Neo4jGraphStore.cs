using FactionGraph.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactionGraph.Storage.Neo4j;

/// <summary>
/// The graph store on Neo4j, over its HTTP transactional API (3.1 through 5). The model is the
/// embedded store's, as nodes and relationships (docs/graph-model.md); every statement is in
/// <see cref="Cypher"/>. Each write is one request, which Neo4j runs as one transaction.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, INeighborhoodPrefetch
{
    readonly Neo4jConnection connection;
    readonly Neo4jOptions options;
    readonly ILogger logger;

    public Neo4jGraphStore(IHttpClientFactory httpClientFactory, IOptions<Neo4jOptions> options, ILogger<Neo4jGraphStore>? logger = null)
    {
        this.options = options.Value;
        this.logger = (ILogger?)logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        connection = new Neo4jConnection(httpClientFactory, this.options, this.logger);
    }

    /// <summary>
    /// Finds the endpoint and creates constraints and indexes with the DDL of the server's version.
    /// Fails with <see cref="GraphStoreErrors.Unavailable"/> or <see cref="GraphStoreErrors.Unauthorized"/>
    /// and a message naming the URI when Neo4j cannot be used.
    /// </summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        var endpoint = await connection.EndpointAsync(ct);
        foreach (var ddl in CypherSchema.For(endpoint.Major))
        {
            try
            {
                await connection.RunAsync([new CypherStatement(ddl)], ct);
            }
            catch (Neo4jException e) when (e.Code.Contains("AlreadyExists", StringComparison.Ordinal))
            {
                // An equivalent rule made by hand under another name: the schema is what we need.
                logger.LogDebug("Schema rule already present: {Statement}", ddl);
            }
        }
        // A database written before degrees were stored gets them once, in small transactions.
        while (Neo4jValues.Int((await QueryAsync(Cypher.FillMissingDegrees, ct)).Rows[0][0]) > 0) { }
    }

    /// <summary>The server this store talks to, as discovered (for diagnostics and tests).</summary>
    public Task<Neo4jEndpoint> EndpointAsync(CancellationToken ct) => connection.EndpointAsync(ct);

    /// <summary>Runs statements as one transaction. For tests and benchmarks; the service uses the typed methods.</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct) =>
        connection.RunAsync(statements, ct);

    async Task<CypherResult> QueryAsync(string text, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        (await connection.RunAsync([new CypherStatement(text, Neo4jValues.Row(parameters))], ct))[0];

}
