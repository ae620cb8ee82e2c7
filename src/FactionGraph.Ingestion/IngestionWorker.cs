using System.Diagnostics;
using FactionGraph.Ingestion.Telemetry;
using FactionGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactionGraph.Ingestion;

/// <summary>
/// Applies queued articles in groups of up to Ingestion:GroupSize: each is extracted, then the group
/// is written in one store transaction. Jobs are marked done only after that transaction committed;
/// a crash in between re-applies them, which the store's idempotent writes make harmless (an article
/// already in the graph is skipped), so every article is applied exactly once. A group that fails is
/// retried one article at a time, so a bad article fails alone.
/// </summary>
public sealed class IngestionWorker(IngestionQueue queue, ArticleIngestor ingestor, GraphVersion version, IOptions<IngestionOptions> options, ILogger<IngestionWorker> logger) : BackgroundService
{
    // One worker per machine: its jobs still RUNNING at start were abandoned by its previous life.
    static readonly string Owner = Environment.MachineName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var recovered = await queue.RecoverAbandonedAsync(Owner, stoppingToken);
        if (recovered > 0) logger.LogWarning("Re-queued {Count} articles abandoned by a previous run", recovered);
        logger.LogInformation("Ingestion worker started");
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = await queue.ClaimAsync(Owner, options.Value.GroupSize, stoppingToken);
            if (claimed.Count == 0) { await queue.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken); continue; }
            if (claimed.Count == 1 || !await TryApplyGroupAsync(claimed, stoppingToken))
                foreach (var (job, article) in claimed) await ApplyAsync(job, article, stoppingToken);
        }
    }

    /// <summary>Extracts every claimed article, then commits them together; false when the group must be applied one by one.</summary>
    async Task<bool> TryApplyGroupAsync(List<(Job Job, QueuedArticle Article)> claimed, CancellationToken ct)
    {
        // A root span per group, as per job: each article's extraction and the one commit are its children.
        using var activity = IngestionTelemetry.Source.StartActivity("ingestion group", ActivityKind.Consumer);
        activity?.SetTag("factiongraph.group.size", claimed.Count);
        var clock = Stopwatch.StartNew();
        var prepared = new List<ExtractedArticle>(claimed.Count);
        try
        {
            foreach (var (_, article) in claimed) prepared.Add(await ingestor.PrepareAsync(article, ct));
            var outcomes = await ingestor.CommitAsync(prepared, ct);
            // Not cancellable: once the graph holds them, a shutdown must not leave them RUNNING, which the next
            // start would count as a crash against each (and set aside as poison after a few).
            await queue.CompleteAsync([.. claimed.Select((c, i) => (c.Job.Id, outcomes[i]))], CancellationToken.None);
            if (outcomes.Any(o => o.Applied)) version.Changed();
            logger.LogInformation("Applied {Count} articles in one transaction in {ElapsedMs} ms: {Factions} new factions, {Relations} new relations, {Evidence} evidence ({Repeats} already applied)",
                claimed.Count, clock.ElapsedMilliseconds, outcomes.Sum(o => o.Factions), outcomes.Sum(o => o.Relations), outcomes.Sum(o => o.Evidence), outcomes.Count(o => !o.Applied));
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (Exception ex)
        {
            // Nothing of the group was written (one transaction): each article gets its own try, and its own failure.
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            logger.LogWarning(ex, "A group of {Count} articles failed after {ElapsedMs} ms; applying them one at a time", claimed.Count, clock.ElapsedMilliseconds);
            return false;
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
            await queue.CompleteAsync(job.Id, outcome, CancellationToken.None); // as for a group: the graph holds it
            if (outcome.Applied) version.Changed();
            logger.LogInformation("Applied article {ArticleId} ({Title}) in {ElapsedMs} ms: {Factions} new factions, {Relations} new relations, {Evidence} evidence{Repeat}",
                job.Id, job.Title, clock.ElapsedMilliseconds, outcome.Factions, outcome.Relations, outcome.Evidence, outcome.Applied ? "" : " (already applied)");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (Exception ex)
        {
            var setAside = await queue.FailAsync(job.Id, ex.Message, CancellationToken.None); // the attempt is over either way: record it
            var transient = ex is GraphStoreException { IsTransient: true };
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            IngestionTelemetry.Failed.Add(1, new KeyValuePair<string, object?>("transient", transient));
            if (setAside) IngestionTelemetry.SetAside.Add(1);
            logger.LogError(ex, "Article {ArticleId} failed on attempt {Attempt} after {ElapsedMs} ms (transient: {Transient})", job.Id, job.Attempts, clock.ElapsedMilliseconds, transient);
            if (transient) await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, job.Attempts * 2)), ct);
        }
    }
}
