using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactionGraph.Ingestion.Hosting;

/// <summary>
/// Watches Ingestion:InboxPath for dropped articles (see <see cref="ArticleFile"/>).
/// Accepted files move to accepted/, refused ones to rejected/ beside a NAME.reason.txt; when the queue
/// is full a file simply waits. Polls rather than using FileSystemWatcher, which misses events on
/// network and container volumes; a file still being written (changed in the last second) waits too.
/// </summary>
public sealed class InboxWatcher(ArticleIntake intake, IOptions<IngestionOptions> options, ILogger<InboxWatcher> logger) : BackgroundService
{
    static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inbox = Path.GetFullPath(options.Value.InboxPath!);
        Directory.CreateDirectory(inbox);
        logger.LogInformation("Watching inbox {Inbox}", inbox);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var file in Directory.EnumerateFiles(inbox).Where(ArticleFile.IsArticle).Order(StringComparer.Ordinal))
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) < Settle) continue;
                try { await TakeAsync(inbox, file, stoppingToken); }
                catch (IOException ex) { logger.LogWarning("Inbox file {File} could not be taken yet: {Reason}", file, ex.Message); }
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    async Task TakeAsync(string inbox, string file, CancellationToken ct)
    {
        var (submission, rejection) = await ArticleFile.ReadAsync(file, ct);
        var result = submission is null ? new IntakeResult(rejection, null) : await intake.SubmitAsync(submission, ct);
        if (result.Rejection is { } r)
        {
            var moved = MoveTo(inbox, "rejected", file);
            File.WriteAllText(moved + ".reason.txt", $"{r.Code}: {r.Message}\n");
            logger.LogWarning("Inbox file {File} refused: {Code} {Reason}", file, r.Code, r.Message);
            return;
        }
        if (result.Queued!.Status == EnqueueStatus.QueueFull) return; // stays in the inbox until there is room
        MoveTo(inbox, "accepted", file);
        logger.LogInformation("Inbox file {File} queued as article {ArticleId} ({Status})", file, result.Queued.JobId, result.Queued.Status);
    }

    static string MoveTo(string inbox, string folder, string file)
    {
        var dir = Directory.CreateDirectory(Path.Combine(inbox, folder)).FullName;
        var target = Path.Combine(dir, Path.GetFileName(file));
        File.Move(file, target, overwrite: true);
        var sidecar = Path.ChangeExtension(file, ".json");
        if (file.EndsWith(".txt") && File.Exists(sidecar)) File.Move(sidecar, Path.ChangeExtension(target, ".json"), overwrite: true);
        return target;
    }
}
