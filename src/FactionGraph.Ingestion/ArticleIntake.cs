using FactionGraph.Ingestion.Telemetry;
using Microsoft.Extensions.Options;

namespace FactionGraph.Ingestion;

/// <summary>What happened to a submission: refused with a reason, or queued as a job.</summary>
public sealed record IntakeResult(Rejection? Rejection, EnqueueResult? Queued);

/// <summary>
/// The single way into the queue for HTTP, GraphQL and the inbox: validate, then enqueue durably.
/// </summary>
public sealed class ArticleIntake(IngestionQueue queue, IOptions<IngestionOptions> options)
{
    public IngestionOptions Options => options.Value;

    /// <summary>Validates and queues; the caller's token reaches the queue, so a request cancelled before the commit queues nothing.</summary>
    public async Task<IntakeResult> SubmitAsync(ArticleSubmission submission, CancellationToken ct)
    {
        var (article, rejection) = ArticleValidator.Validate(submission, options.Value);
        if (article is null) return new IntakeResult(rejection, null);
        var queued = await queue.EnqueueAsync(article, ct);
        if (queued.Status == EnqueueStatus.Accepted) IngestionTelemetry.Accepted.Add(1);
        return new IntakeResult(null, queued);
    }

    /// <summary>Waits until the job is done or failed, or the timeout passes; returns its last state.</summary>
    public async Task<Job?> WaitForAsync(string jobId, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var job = await queue.GetAsync(jobId, ct);
            if (job is null or { State: JobState.Done or JobState.Failed } || DateTime.UtcNow >= deadline) return job;
            await Task.Delay(25, ct);
        }
    }
}
