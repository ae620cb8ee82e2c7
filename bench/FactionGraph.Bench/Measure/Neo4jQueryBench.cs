using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactionGraph.Bench.Results;
using FactionGraph.Ingestion;
using FactionGraph.Storage;
using FactionGraph.Storage.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactionGraph.Bench.Measure;

/// <summary>
/// Builds the embedded store's graph again in the Neo4j test server, from the same extracted articles,
/// timing the write side alone: one transaction per article, then groups of Ingestion:GroupSize as the
/// worker commits a backlog. Leaves the graph for the HTTP measurements (the service over Neo4j, and
/// the reference statement sent straight to Neo4j), then adds nine more copies of every article
/// (same factions, same relations, ten times the articles, mentions and evidence) to show that
/// answers about factions do not slow down as articles pile up.
/// </summary>
static partial class Neo4jQueryBench
{
    static readonly int GroupSize = int.TryParse(Environment.GetEnvironmentVariable("GROUP_SIZE"), out var n) ? n : new IngestionOptions().GroupSize;

    static Neo4jGraphStore Store(ServiceProvider services) => new(services.GetRequiredService<IHttpClientFactory>(), Options.Create(new Neo4jOptions
    {
        Uri = new Uri(Environment.GetEnvironmentVariable("Neo4j__Uri") ?? throw new InvalidOperationException("Neo4j__Uri is not set (source .tools/neo4j.env).")),
        Username = Environment.GetEnvironmentVariable("Neo4j__Username") ?? "neo4j",
        Password = Environment.GetEnvironmentVariable("Neo4j__Password"),
        RequestTimeout = TimeSpan.FromMinutes(5),
    }));

    static async Task EmptyAsync(Neo4jGraphStore store)
    {
        await store.InitializeAsync(CancellationToken.None);
        await store.RunAsync([new CypherStatement("MATCH (n) DETACH DELETE n")], CancellationToken.None);
    }

    static async Task<double> WriteAsync(Neo4jGraphStore store, IReadOnlyList<ExtractedArticle> articles, int groupSize)
    {
        var clock = Stopwatch.StartNew();
        foreach (var group in articles.Chunk(groupSize)) await store.UpsertArticlesAsync(group, CancellationToken.None);
        return articles.Count / clock.Elapsed.TotalSeconds;
    }

    public static async Task<List<Figure>> LoadAsync(string work, int perArticleCount)
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var store = Store(services);
        var articles = ExtractedArticles.Read(Path.Combine(work, "store"));
        // Untimed warm-up: a cold JVM is several times slower than a warm one.
        await EmptyAsync(store);
        await WriteAsync(store, articles.Take(GroupSize * 2).ToList(), GroupSize);
        await EmptyAsync(store);
        var perArticle = await WriteAsync(store, articles.Take(perArticleCount).ToList(), 1);
        await EmptyAsync(store);
        var grouped = await WriteAsync(store, articles, GroupSize);
        var stats = await store.GetStatsAsync(CancellationToken.None);
        await WriteReferenceBodiesAsync(store, work);
        var note = $"{articles.Count} articles, already extracted, from an empty database";
        return
        [
            new("ingest.neo4j.grouped_articles_per_sec", $"Neo4j 3.1.1 commits, {GroupSize} articles per transaction (write side)", grouped, "articles/s", note),
            new("ingest.neo4j.per_article_articles_per_sec", "Neo4j 3.1.1 commits, one article per transaction (write side)", perArticle, "articles/s",
                $"first {Math.Min(perArticleCount, articles.Count)} of the same articles"),
            new("ingest.neo4j.grouped_ratio", "Neo4j grouped / per-article commits", grouped / perArticle, "ratio"),
            new("query.neo4j.relations", "Neo4j graph for the queries: relations", stats.Relations, "relations", $"{stats.Factions} factions, {stats.Articles} articles"),
        ];
    }

    /// <summary>Ten times the articles about the same factions: nine more copies of each, under new ids.</summary>
    public static async Task<List<Figure>> GrowAsync(string work)
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var store = Store(services);
        var articles = ExtractedArticles.Read(Path.Combine(work, "store"));
        var copies = Enumerable.Range(1, 9).SelectMany(copy => articles.Select(a =>
        {
            var id = $"{a.Article.Id}~copy{copy}";
            return new ExtractedArticle(a.Article with { Id = id },
                a.Extraction with { Relations = [.. a.Extraction.Relations.Select(r => r with { Evidence = r.Evidence with { ArticleId = id } })] });
        })).ToList();
        var rate = await WriteAsync(store, copies, GroupSize);
        var stats = await store.GetStatsAsync(CancellationToken.None);
        return
        [
            new("query.neo4j.grown_articles", "Neo4j graph after 10× the articles: articles", stats.Articles, "articles",
                $"{stats.Relations} relations, {stats.Evidence} evidence; written at {rate:0} articles/s"),
        ];
    }

    /// <summary>
    /// The reference statement (../shared/bench/neighbourhood-reference.cypher) for each neighbourhood
    /// centre the service is asked about, as bodies for Neo4j's transactional endpoint.
    /// </summary>
    static async Task WriteReferenceBodiesAsync(Neo4jGraphStore store, string work)
    {
        var reference = Environment.GetEnvironmentVariable("NEIGHBOURHOOD_REFERENCE");
        if (reference is null || !File.Exists(reference)) { Console.WriteLine("  reference statement not found: not measured"); return; }
        var statement = string.Join('\n', File.ReadAllLines(reference).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        var types = Enum.GetValues<FactionGraph.Model.RelationType>().Select(Cypher.TypeOf).ToArray();
        var ids = File.ReadAllLines(Path.Combine(work, "queries", "neighborhood.bodies"))
            .Select(line => CentreId().Match(JsonDocument.Parse(line).RootElement.GetProperty("query").GetString()!).Groups[1].Value);
        var folder = Path.Combine(work, "neo4j");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "reference.bodies"), ids.Select(id => JsonSerializer.Serialize(new
        {
            statements = new[] { new { statement, parameters = new { id, types } } },
        })));
        var endpoint = await store.EndpointAsync(CancellationToken.None);
        File.WriteAllText(Path.Combine(folder, "reference.path"), endpoint.CommitUri.AbsolutePath);
    }

    [GeneratedRegex("id: \"([^\"]+)\"")]
    private static partial Regex CentreId();
}
