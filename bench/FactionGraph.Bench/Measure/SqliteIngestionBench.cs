using System.Diagnostics;
using FactionGraph.Bench.Results;
using FactionGraph.Bench.Synthetic;
using FactionGraph.Extraction;
using FactionGraph.Ingestion;
using FactionGraph.Storage.Embedded;

namespace FactionGraph.Bench.Measure;

/// <summary>
/// Articles per second through the service's own path (ArticleIngestor: extract, then one committed
/// store transaction per article) into a fresh embedded store, one article at a time as the worker does.
/// The store is kept: the HTTP query benchmark runs against it.
/// </summary>
static class SqliteIngestionBench
{
    public static async Task<(List<Figure> Figures, SqliteGraphStore Store)> RunAsync(
        Corpus corpus, FactionExtractor extractor, IReadOnlyList<QueuedArticle> seed, string storeFolder)
    {
        if (Directory.Exists(storeFolder)) Directory.Delete(storeFolder, recursive: true);
        var store = new SqliteGraphStore(Path.Combine(storeFolder, "graph.db"));
        await store.InitializeAsync(CancellationToken.None);
        var ingestor = new ArticleIngestor(extractor, store);
        foreach (var article in seed) await ingestor.IngestAsync(article, CancellationToken.None); // untimed: only so the seed question has an answer

        int relations = 0, evidence = 0;
        var clock = Stopwatch.StartNew();
        foreach (var a in corpus.Articles)
        {
            var outcome = await ingestor.IngestAsync(new QueuedArticle(a.Article, a.Text), CancellationToken.None);
            relations += outcome.Relations;
            evidence += outcome.Evidence;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var stats = await store.GetStatsAsync(CancellationToken.None);
        return ([
            new("ingest.sqlite.articles_per_sec", "Ingestion into embedded SQLite (extract + commit)", corpus.Articles.Count / seconds, "articles/s",
                $"{corpus.Articles.Count} articles, one transaction each"),
            new("ingest.sqlite.evidence_per_sec", "  evidence rows committed", evidence / seconds, "rows/s"),
            new("ingest.sqlite.relations", "  relations in the store afterwards", stats.Relations, "relations"),
            new("ingest.sqlite.factions", "  factions in the store afterwards", stats.Factions, "factions"),
        ], store);
    }
}
