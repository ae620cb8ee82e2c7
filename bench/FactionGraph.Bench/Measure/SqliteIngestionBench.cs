using System.Diagnostics;
using FactionGraph.Bench.Results;
using FactionGraph.Bench.Synthetic;
using FactionGraph.Extraction;
using FactionGraph.Ingestion;
using FactionGraph.Storage;
using FactionGraph.Storage.Embedded;

namespace FactionGraph.Bench.Measure;

/// <summary>
/// Articles per second through the service's own path (ArticleIngestor: extract, then one committed
/// store transaction per article) into a fresh embedded store, one article at a time as the worker does.
/// The store is kept: the HTTP query benchmark runs against it; so are the articles as extracted
/// (<see cref="ExtractedArticles"/>), which the Neo4j steps write to build the same graph there.
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
        var extracted = new List<ExtractedArticle>();
        foreach (var article in seed) // untimed: only so the seed question has an answer
        {
            extracted.Add(await ingestor.PrepareAsync(article, CancellationToken.None));
            await ingestor.CommitAsync([extracted[^1]], CancellationToken.None);
        }

        // What the worker does per article, with extraction (and name resolution) timed apart from the commit.
        int relations = 0, evidence = 0;
        var clock = Stopwatch.StartNew();
        var extracting = new Stopwatch();
        foreach (var a in corpus.Articles)
        {
            extracting.Start();
            var prepared = await ingestor.PrepareAsync(new QueuedArticle(a.Article, a.Text), CancellationToken.None);
            extracting.Stop();
            extracted.Add(prepared);
            var outcome = (await ingestor.CommitAsync([prepared], CancellationToken.None))[0];
            relations += outcome.Relations;
            evidence += outcome.Evidence;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        ExtractedArticles.Write(storeFolder, extracted);
        var stats = await store.GetStatsAsync(CancellationToken.None);
        return ([
            new("ingest.sqlite.articles_per_sec", "Ingestion into embedded SQLite (extract + commit)", corpus.Articles.Count / seconds, "articles/s",
                $"{corpus.Articles.Count} articles, one transaction each"),
            new("ingest.extraction_ms_per_article", "Extraction and name resolution alone, per article", extracting.Elapsed.TotalMilliseconds / corpus.Articles.Count, "ms",
                "timed apart from the commits below and from the Neo4j write rates"),
            new("ingest.sqlite.commit_articles_per_sec", "  embedded store commits alone (one article per transaction)", corpus.Articles.Count / (seconds - extracting.Elapsed.TotalSeconds), "articles/s"),
            new("ingest.sqlite.evidence_per_sec", "  evidence rows committed", evidence / seconds, "rows/s"),
            new("ingest.sqlite.relations", "  relations in the store afterwards", stats.Relations, "relations"),
            new("ingest.sqlite.factions", "  factions in the store afterwards", stats.Factions, "factions"),
        ], store);
    }
}
