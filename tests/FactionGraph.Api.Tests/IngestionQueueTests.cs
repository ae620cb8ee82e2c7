using FactionGraph.Ingestion;
using FactionGraph.Model;
using FactionGraph.Storage;
using Microsoft.Data.Sqlite;

namespace FactionGraph.Api.Tests;

/// <summary>The queue's operations take their caller's token: a cancelled caller leaves the queue as it was.</summary>
public sealed class IngestionQueueTests : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "factiongraph-tests", Guid.NewGuid().ToString("n"));

    static QueuedArticle Article(string id) =>
        new(new Article(id, $"Article {id}", null, "2016-01-01", "Test"), "Liwa Raad joined Jaysh al-Tahrir on Monday, activists said.");

    [Fact]
    public async Task A_cancelled_caller_queues_claims_and_completes_nothing()
    {
        var queue = new IngestionQueue(Path.Combine(folder, "queue.db"), new IngestionOptions());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var live = CancellationToken.None;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.EnqueueAsync(Article("art-cancelled"), cancelled.Token));
        Assert.Null(await queue.GetAsync("art-cancelled", live));

        Assert.Equal(EnqueueStatus.Accepted, (await queue.EnqueueAsync(Article("art-kept"), live)).Status);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.ClaimAsync("worker", 5, cancelled.Token));
        Assert.Equal(new QueueCounts(1, 0, 0, 0), await queue.CountsAsync(live)); // still queued, no attempt counted
        Assert.Equal(0, (await queue.GetAsync("art-kept", live))!.Attempts);

        var claimed = Assert.Single(await queue.ClaimAsync("worker", 5, live));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.CompleteAsync(claimed.Job.Id, new IngestOutcome(true, 1, 1, 1), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.FailAsync(claimed.Job.Id, "cancelled", cancelled.Token));
        Assert.Equal(JobState.Running, (await queue.GetAsync("art-kept", live))!.State);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.CountsAsync(cancelled.Token));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
