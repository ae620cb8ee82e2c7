using System.Diagnostics;
using FactionGraph.Ingestion.Telemetry;
using FactionGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactionGraph.Ingestion;

/// <summary>
/// Applies queued articles one at a time. A job is marked done only after its store transaction
/// committed; a crash in between re-applies it, which the store's idempotent writes make harmless.
/// </summary>
public sealed class IngestionWorker(IngestionQueue queue, ArticleIngestor ingestor, GraphVersion version, ILogger<IngestionWorker> logger) : BackgroundService
{
    // One worker per machine: its jobs still RUNNING at start were abandoned by its previous life.
    static readonly string Owner = Environment.MachineName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var recovered = queue.RecoverAbandoned(Owner);
        if (recovered > 0) logger.LogWarning("Re-queued {Count} articles abandoned by a previous run", recovered);
        logger.LogInformation("Ingestion worker started");
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = queue.Claim(Owner);
            if (claimed is not { } next) { await queue.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken); continue; }
            await ApplyAsync(next.Job, next.Article, stoppingToken);
        }
    }

    async Task ApplyAsync(Job job, QueuedArticle article, CancellationToken ct)
    {
        // A root span per job: its extraction, commit and store round trips are its children.
        using var activity = IngestionTelemetry.Source.StartActivity("ingestion job", ActivityKind.Consumer);
        activity?.SetTag("factiongraph.job.id", job.Id);
        activity?.SetTag("factiongraph.job.attempt", job.Attempts);
        var clock = Stopwatch.StartNew();
        try
        {
            var outcome = await ingestor.IngestAsync(article, ct);
            queue.Complete(job.Id, outcome);
            if (outcome.Applied) version.Changed();
            logger.LogInformation("Applied article {ArticleId} ({Title}) in {ElapsedMs} ms: {Factions} new factions, {Relations} new relations, {Evidence} evidence{Repeat}",
                job.Id, job.Title, clock.ElapsedMilliseconds, outcome.Factions, outcome.Relations, outcome.Evidence, outcome.Applied ? "" : " (already applied)");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (Exception ex)
        {
            var setAside = queue.Fail(job.Id, ex.Message);
            var transient = ex is GraphStoreException { IsTransient: true };
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            IngestionTelemetry.Failed.Add(1, new KeyValuePair<string, object?>("transient", transient));
            if (setAside) IngestionTelemetry.SetAside.Add(1);
            logger.LogError(ex, "Article {ArticleId} failed on attempt {Attempt} after {ElapsedMs} ms (transient: {Transient})", job.Id, job.Attempts, clock.ElapsedMilliseconds, transient);
            if (transient) await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, job.Attempts * 2)), ct);
        }
    }
}
