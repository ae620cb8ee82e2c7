using System.Diagnostics;
using FactionGraph.Ingestion;
using FactionGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactionGraph.Worker.Verbs;

/// <summary>
/// `ingest PATH...`: reads article files (or folders of them) into the configured store, each in one
/// transaction, with a progress bar on stderr. Idempotent: files read before change nothing.
/// </summary>
public static class IngestVerb
{
    public static async Task<int> RunAsync(string[] paths, string[] settings, TextWriter output, TextWriter progress)
    {
        if (paths.Length == 0) { await progress.WriteLineAsync("usage: ingest PATH... (files or folders of .txt/.json articles)"); return 2; }
        // The verb applies articles itself; no worker, seed loader or inbox in this process.
        var builder = WorkerHost.CreateBuilder([.. settings, "--Ingestion:RunWorker=false", "--Ingestion:LoadSeed=false", "--Ingestion:InboxPath="]);
        using var host = builder.Build();
        var store = host.Services.GetRequiredService<IGraphStore>();
        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
        var options = host.Services.GetRequiredService<IOptions<IngestionOptions>>().Value;
        await store.InitializeAsync(CancellationToken.None);
        var files = ArticleFile.Find(paths).ToList();
        var bar = new ProgressBar(progress, files.Count);
        int applied = 0, known = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var (submission, rejection) = await ArticleFile.ReadAsync(file, CancellationToken.None);
            QueuedArticle? article = null;
            if (submission is not null) (article, rejection) = ArticleValidator.Validate(submission, options);
            if (article is null)
            {
                failed++;
                bar.Note($"{file}: {rejection!.Code} {rejection.Message}");
            }
            else if ((await ingestor.IngestAsync(article, CancellationToken.None)).Applied) applied++;
            else known++;
            bar.Advance();
        }
        bar.Done();
        await output.WriteLineAsync($"{files.Count} files in {clock.Elapsed.TotalSeconds:0.0} s: {applied} applied, {known} already in the graph, {failed} refused");
        return failed == 0 ? 0 : 1;
    }
}
