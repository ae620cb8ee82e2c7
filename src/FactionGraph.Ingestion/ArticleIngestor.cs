using System.Diagnostics;
using FactionGraph.Extraction;
using FactionGraph.Ingestion.Telemetry;
using FactionGraph.Model;
using FactionGraph.Storage;

namespace FactionGraph.Ingestion;

/// <summary>Reads one article and writes what it says to the graph, in one store transaction. Idempotent.</summary>
public sealed class ArticleIngestor(FactionExtractor extractor, IGraphStore store)
{
    public async Task<IngestOutcome> IngestAsync(QueuedArticle queued, CancellationToken ct)
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
        using var committing = IngestionTelemetry.Source.StartActivity("commit");
        var outcome = await store.UpsertArticleAsync(queued.Article, await KnownFactions.ResolveAsync(extraction, store, ct), ct);
        committing?.SetTag("factiongraph.commit.applied", outcome.Applied);
        committing?.SetTag("factiongraph.commit.relations", outcome.Relations);
        IngestionTelemetry.Applied.Add(1, new KeyValuePair<string, object?>("changed", outcome.Applied));
        IngestionTelemetry.RelationsWritten.Add(outcome.Relations);
        return outcome;
    }
}
