using System.Diagnostics;
using FactionGraph.Extraction;
using FactionGraph.Ingestion.Telemetry;
using FactionGraph.Model;
using FactionGraph.Storage;

namespace FactionGraph.Ingestion;

/// <summary>Reads articles and writes what they say to the graph, one store transaction per call. Idempotent.</summary>
public sealed class ArticleIngestor(FactionExtractor extractor, IGraphStore store)
{
    public async Task<IngestOutcome> IngestAsync(QueuedArticle queued, CancellationToken ct) =>
        (await CommitAsync([await PrepareAsync(queued, ct)], ct))[0];

    /// <summary>What the article says, its factions put onto the ones the graph knows (nothing written yet).</summary>
    public async Task<ExtractedArticle> PrepareAsync(QueuedArticle queued, CancellationToken ct)
    {
        // Extraction and commit are separate spans: which of the two slowed down is the first question when a job is slow.
        ArticleExtraction extraction;
        using (var extracting = IngestionTelemetry.Source.StartActivity("extract"))
        {
            var started = Stopwatch.GetTimestamp();
            extraction = extractor.Extract(queued.Text, queued.Article.Id, queued.Article.PublishedAt);
            IngestionTelemetry.ExtractionDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
            extracting?.SetTag("factiongraph.article.id", queued.Article.Id);
            extracting?.SetTag("factiongraph.extraction.factions", extraction.Entities.Count);
            extracting?.SetTag("factiongraph.extraction.relations", extraction.Relations.Count);
        }
        return new ExtractedArticle(queued.Article, await KnownFactions.ResolveAsync(extraction, store, ct), ArticleFingerprint.Of(queued.Text));
    }

    /// <summary>Writes prepared articles in one transaction, one outcome each.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> CommitAsync(IReadOnlyList<ExtractedArticle> articles, CancellationToken ct)
    {
        using var committing = IngestionTelemetry.Source.StartActivity("commit");
        var outcomes = await store.UpsertArticlesAsync(articles, ct);
        committing?.SetTag("factiongraph.commit.articles", articles.Count);
        committing?.SetTag("factiongraph.commit.applied", outcomes.Count(o => o.Applied));
        committing?.SetTag("factiongraph.commit.relations", outcomes.Sum(o => o.Relations));
        foreach (var outcome in outcomes)
        {
            IngestionTelemetry.Applied.Add(1, new KeyValuePair<string, object?>("changed", outcome.Applied));
            IngestionTelemetry.RelationsWritten.Add(outcome.Relations);
        }
        return outcomes;
    }
}
