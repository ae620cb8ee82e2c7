using FactionGraph.Storage.Neo4j;
using Microsoft.Extensions.Options;

namespace FactionGraph.Storage.Tests;

/// <summary>
/// The real Neo4j the tests use, from Neo4j__Uri / Neo4j__Username / Neo4j__Password (written by
/// tests/neo4j/start.sh to .tools/neo4j.env). Missing settings fail the tests loudly: a silently
/// skipped Neo4j suite would pass CI without ever talking to Neo4j. FACTIONGRAPH_SKIP_NEO4J=1 skips them.
/// </summary>
public static class Neo4jTestServer
{
    public static bool SkipRequested => Environment.GetEnvironmentVariable("FACTIONGRAPH_SKIP_NEO4J") == "1";

    public static Neo4jOptions Options(Action<Neo4jOptions>? change = null)
    {
        var uri = Environment.GetEnvironmentVariable("Neo4j__Uri");
        var password = Environment.GetEnvironmentVariable("Neo4j__Password");
        if (string.IsNullOrEmpty(uri) || string.IsNullOrEmpty(password))
            throw new InvalidOperationException(
                "The Neo4j tests need a running Neo4j: set Neo4j__Uri, Neo4j__Username and Neo4j__Password " +
                "(run tests/neo4j/start.sh, then `source .tools/neo4j.env`), or set FACTIONGRAPH_SKIP_NEO4J=1 to skip them.");
        var options = new Neo4jOptions
        {
            Uri = new Uri(uri),
            Username = Environment.GetEnvironmentVariable("Neo4j__Username") ?? "neo4j",
            Password = password,
            MaxRetries = 1,
        };
        change?.Invoke(options);
        return options;
    }

    public static Neo4jGraphStore Store(Action<Neo4jOptions>? change = null) =>
        new(new TestHttpClientFactory(), Microsoft.Extensions.Options.Options.Create(Options(change)));

    /// <summary>A store on an empty database with the schema in place.</summary>
    public static async Task<Neo4jGraphStore> CleanStoreAsync(Action<Neo4jOptions>? change = null)
    {
        var store = Store(change);
        await store.InitializeAsync(CancellationToken.None);
        await store.RunAsync([new CypherStatement(Cypher.DeleteAll)], CancellationToken.None);
        return store;
    }
}

/// <summary>One shared HttpClient, as the factory's pooled handler would give.</summary>
sealed class TestHttpClientFactory : IHttpClientFactory
{
    static readonly HttpClient Shared = new() { Timeout = Timeout.InfiniteTimeSpan };

    public HttpClient CreateClient(string name) => Shared;
}

/// <summary>Marks a test class that talks to the real Neo4j; with FACTIONGRAPH_SKIP_NEO4J=1 its tests are reported skipped.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresNeo4jAttribute : Attribute;

/// <summary>Neo4j test classes share one database, so they never run in parallel.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection
{
    public const string Name = "Neo4j";
}
