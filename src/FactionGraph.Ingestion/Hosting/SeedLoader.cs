using FactionGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactionGraph.Ingestion.Hosting;

/// <summary>
/// On first start with an empty store, queues the articles of graph-seed/articles (see <see cref="ArticleFile"/>). A restart finds the store non-empty and loads nothing; even if it did,
/// content-derived ids would make the articles the same jobs.
/// </summary>
public sealed class SeedLoader(IGraphStore store, ArticleIntake intake, GraphSeed seed, IOptions<IngestionOptions> options, ILogger<SeedLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!options.Value.LoadSeed) return;
        if ((await store.GetStatsAsync(ct)).Articles > 0) { logger.LogInformation("Store already holds articles; seed not loaded"); return; }
        if (!Directory.Exists(seed.ArticlesPath)) { logger.LogWarning("No seed articles at {Path}", seed.ArticlesPath); return; }
        var queued = 0;
        foreach (var file in ArticleFile.Find([seed.ArticlesPath]))
        {
            var (submission, refused) = await ArticleFile.ReadAsync(file, ct);
            var result = submission is null ? new IntakeResult(refused, null) : intake.Submit(submission);
            if (result.Rejection is { } r) logger.LogError("Seed article {File} refused: {Reason}", file, r.Message);
            else if (result.Queued!.Status == EnqueueStatus.Accepted) queued++;
        }
        logger.LogInformation("Queued {Count} seed articles from {Path}", queued, seed.ArticlesPath);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
