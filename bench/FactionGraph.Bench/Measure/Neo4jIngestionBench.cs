using System.Diagnostics;
using FactionGraph.Bench.Results;
using FactionGraph.Bench.Synthetic;
using FactionGraph.Extraction;
using FactionGraph.Ingestion;
using FactionGraph.Model;
using FactionGraph.Storage.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactionGraph.Bench.Measure;

/// <summary>
/// Articles per second end to end (extraction + one committed Neo4j transaction each) into the real
/// Neo4j test server, once with the store's batched writes (one UNWIND statement per kind of row)
/// and once with one statement per row (Neo4j:BatchWrites=false), from an empty database each time.
/// </summary>
static class Neo4jIngestionBench
{
    public static async Task<List<Figure>> RunAsync(Corpus corpus, FactionExtractor extractor, IReadOnlyList<QueuedArticle> seed, int articles)
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        // A short untimed round of each first: a cold Neo4j JVM is several times slower than a warm one,
        // and whichever mode ran first would otherwise pay for it.
        foreach (var mode in (bool[])[true, false]) await RateAsync(Store(services, mode), corpus, extractor, seed, Math.Max(10, articles / 4));
        var batched = await RateAsync(Store(services, batch: true), corpus, extractor, seed, articles);
        var perRow = await RateAsync(Store(services, batch: false), corpus, extractor, seed, articles);
        var bulkBatched = await BulkRateAsync(Store(services, batch: true));
        var bulkPerRow = await BulkRateAsync(Store(services, batch: false));
        var note = $"{Math.Min(articles, corpus.Articles.Count)} articles from an empty database";
        return
        [
            new("ingest.neo4j.bulk_batched_relations_per_sec", "Neo4j bulk transactions (500 relations each), batched", bulkBatched, "relations/s",
                $"{BulkRelations} relations"),
            new("ingest.neo4j.bulk_per_row_relations_per_sec", "Neo4j bulk transactions (500 relations each), per row", bulkPerRow, "relations/s"),
            new("ingest.neo4j.bulk_ratio", "Neo4j bulk: batched / per-row writes", bulkBatched / bulkPerRow, "ratio"),
            new("ingest.neo4j.batched_articles_per_sec", "Ingestion into Neo4j 3.1.1, batched writes", batched, "articles/s", note),
            new("ingest.neo4j.per_row_articles_per_sec", "Ingestion into Neo4j 3.1.1, one statement per row", perRow, "articles/s", note),
            new("ingest.neo4j.ratio", "Neo4j batched / per-row writes", batched / perRow, "ratio", "target ≥ 5"),
        ];
    }

    static Neo4jGraphStore Store(IServiceProvider services, bool batch) => new(services.GetRequiredService<IHttpClientFactory>(), Options.Create(new Neo4jOptions
    {
        Uri = new Uri(Environment.GetEnvironmentVariable("Neo4j__Uri") ?? throw new InvalidOperationException("Neo4j__Uri is not set (source .tools/neo4j.env).")),
        Username = Environment.GetEnvironmentVariable("Neo4j__Username") ?? "neo4j",
        Password = Environment.GetEnvironmentVariable("Neo4j__Password"),
        BatchWrites = batch,
    }));

    const int BulkRelations = 2_000;

    /// <summary>
    /// Relations per second in transactions of hundreds of rows (the shape of a backfill), where the
    /// number of statements, not the commit, dominates: what batching is for.
    /// </summary>
    static async Task<double> BulkRateAsync(Neo4jGraphStore store)
    {
        await store.RunAsync([new CypherStatement("MATCH (n) DETACH DELETE n")], CancellationToken.None);
        await store.InitializeAsync(CancellationToken.None);
        var graph = new Growth.RandomGraph(BulkRelations, Workbench.Seed);
        var factions = Enumerable.Range(0, graph.Factions).Select(n => new Faction(Growth.RandomGraph.Id(n), Growth.RandomGraph.Name(n), FactionKind.Group, [])).ToList();
        var clock = Stopwatch.StartNew();
        await store.UpsertArticleAsync(new Article("bulk-factions", "Bulk factions", null, "2015-01-01", null), new ArticleExtraction(factions, []), CancellationToken.None);
        var batch = 0;
        foreach (var chunk in graph.Edges.Chunk(500))
        {
            var article = new Article($"bulk-{batch++}", "Bulk relations", null, "2015-01-01", null);
            var relations = chunk.Select((e, i) => new ExtractedRelation(e.Type, Growth.RandomGraph.Id(e.Source), Growth.RandomGraph.Id(e.Target),
                new Evidence(article.Id, "Synthetic evidence sentence.", i * 40, i * 40 + 28, "bulk", 0.9, Stance.Asserted, article.PublishedAt))).ToList();
            await store.UpsertArticleAsync(article, new ArticleExtraction([], relations), CancellationToken.None);
        }
        return graph.Edges.Count / clock.Elapsed.TotalSeconds;
    }

    static async Task<double> RateAsync(Neo4jGraphStore store, Corpus corpus, FactionExtractor extractor, IReadOnlyList<QueuedArticle> seed, int articles)
    {
        await store.RunAsync([new CypherStatement("MATCH (n) DETACH DELETE n")], CancellationToken.None);
        await store.InitializeAsync(CancellationToken.None);
        var ingestor = new ArticleIngestor(extractor, store);
        foreach (var article in seed) await ingestor.IngestAsync(article, CancellationToken.None); // untimed warm-up: connections, query plans
        var clock = Stopwatch.StartNew();
        foreach (var a in corpus.Articles.Take(articles)) await ingestor.IngestAsync(new QueuedArticle(a.Article, a.Text), CancellationToken.None);
        return Math.Min(articles, corpus.Articles.Count) / clock.Elapsed.TotalSeconds;
    }
}
