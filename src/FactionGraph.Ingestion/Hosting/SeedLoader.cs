using FactionGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactionGraph.Ingestion.Hosting;

/// <summary>
/// On first start with an empty store, queues the articles of graph-seed/articles (see <see cref="ArticleFile"/>). A restart finds the store non-empty and loads nothing; even if it did,
/// content-derived ids would make the articles the same jobs.
/// With the worker in this process (started before this loader), start-up waits until the seed is
/// applied, so the first query after the port opens already sees the seed graph.
/// </summary>
public sealed class SeedLoader(IGraphStore store, ArticleIntake intake, GraphSeed seed, IOptions<IngestionOptions> options, ILogger<SeedLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!options.Value.LoadSeed) return;
        if ((await store.GetStatsAsync(ct)).Articles > 0) { logger.LogInformation("Store already holds articles; seed not loaded"); return; }
        if (!Directory.Exists(seed.ArticlesPath)) { logger.LogWarning("No seed articles at {Path}", seed.ArticlesPath); return; }
        var queued = new List<string>();
        foreach (var file in ArticleFile.Find([seed.ArticlesPath]))
        {
            var (submission, refused) = await ArticleFile.ReadAsync(file, ct);
            var result = submission is null ? new IntakeResult(refused, null) : await intake.SubmitAsync(submission, ct);
            if (result.Rejection is { } r) logger.LogError("Seed article {File} refused: {Reason}", file, r.Message);
            else if (result.Queued!.Status == EnqueueStatus.Accepted) queued.Add(result.Queued.JobId);
        }
        logger.LogInformation("Queued {Count} seed articles from {Path}", queued.Count, seed.ArticlesPath);
        if (options.Value.RunWorker) await WaitUntilAppliedAsync(queued, ct);
    }

    private async Task WaitUntilAppliedAsync(List<string> jobIds, CancellationToken ct)
    {
        foreach (var jobId in jobIds)
        {
            var job = await intake.WaitForAsync(jobId, options.Value.SeedWaitTimeout, ct);
            if (job is not { State: JobState.Done })
                logger.LogWarning("Seed article {JobId} not applied before start-up went on: {State} {Reason}", jobId, job?.State, job?.Reason);
        }
        if (jobIds.Count > 0) logger.LogInformation("Seed applied: {Count} articles", jobIds.Count);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
