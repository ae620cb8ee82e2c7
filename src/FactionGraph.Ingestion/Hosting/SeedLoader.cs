using System.Text.Json;
using FactionGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactionGraph.Ingestion.Hosting;

/// <summary>
/// On first start with an empty store, queues the articles of graph-seed/articles (each NAME.txt with
/// optional NAME.json metadata). A restart finds the store non-empty and loads nothing; even if it did,
/// content-derived ids would make the articles the same jobs.
/// </summary>
public sealed class SeedLoader(IGraphStore store, ArticleIntake intake, GraphSeed seed, IOptions<IngestionOptions> options, ILogger<SeedLoader> logger) : IHostedService
{
    sealed record Metadata(string? Title, string? Url, string? PublishedAt, string? Outlet);

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task StartAsync(CancellationToken ct)
    {
        if (!options.Value.LoadSeed) return;
        if ((await store.GetStatsAsync(ct)).Articles > 0) { logger.LogInformation("Store already holds articles; seed not loaded"); return; }
        var queued = 0;
        foreach (var file in Directory.EnumerateFiles(seed.ArticlesPath, "*.txt").Order(StringComparer.Ordinal))
        {
            var result = intake.Submit(await ReadAsync(file, ct));
            if (result.Rejection is { } r) logger.LogError("Seed article {File} refused: {Reason}", file, r.Message);
            else if (result.Queued!.Status == EnqueueStatus.Accepted) queued++;
        }
        logger.LogInformation("Queued {Count} seed articles from {Path}", queued, seed.ArticlesPath);
    }

    static async Task<ArticleSubmission> ReadAsync(string file, CancellationToken ct)
    {
        var text = await File.ReadAllTextAsync(file, ct);
        var metaFile = Path.ChangeExtension(file, ".json");
        var meta = File.Exists(metaFile) ? JsonSerializer.Deserialize<Metadata>(await File.ReadAllTextAsync(metaFile, ct), Json) : null;
        return new ArticleSubmission(text, meta?.Title, meta?.Url, meta?.PublishedAt, meta?.Outlet);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
