using System.Diagnostics;
using FactionGraph.Bench.Results;
using FactionGraph.Bench.Synthetic;
using FactionGraph.Extraction;
using FactionGraph.Ingestion;
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
        var note = $"{Math.Min(articles, corpus.Articles.Count)} articles from an empty database";
        return
        [
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
