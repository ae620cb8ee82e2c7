using FactionGraph.Model;
using FactionGraph.Storage;
using Microsoft.Data.Sqlite;

namespace FactionGraph.Ingestion;

public sealed partial class IngestionQueue
{
    /// <summary>
    /// Queues an article durably. The same text again finds its job; a failed one is given a fresh start.
    /// Cancelled before its commit, nothing is queued.
    /// </summary>
    public async Task<EnqueueResult> EnqueueAsync(QueuedArticle queued, CancellationToken ct)
    {
        var a = queued.Article;
        await using var connection = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var existing = Command(connection, "SELECT state FROM jobs WHERE id = @id", ("@id", a.Id));
        var state = (string?)await existing.ExecuteScalarAsync(ct);
        if (state is not null && state != WireName.Of(JobState.Failed)) return new EnqueueResult(a.Id, EnqueueStatus.AlreadyKnown);
        await using var count = Command(connection, "SELECT count(*) FROM jobs WHERE state IN ('QUEUED', 'RUNNING')");
        if ((long)(await count.ExecuteScalarAsync(ct))! >= options.QueueCapacity) return new EnqueueResult(a.Id, EnqueueStatus.QueueFull);
        await ExecuteAsync(connection, ct, """
            INSERT INTO jobs (id, state, enqueued_at, title, url, published_at, outlet, text)
            VALUES (@id, 'QUEUED', @now, @title, @url, @published, @outlet, @text)
            ON CONFLICT(id) DO UPDATE SET state = 'QUEUED', attempts = 0, reason = NULL, finished_at = NULL, lease_until = NULL, text = @text
            """, ("@id", a.Id), ("@now", Now()), ("@title", a.Title), ("@url", a.Url), ("@published", a.PublishedAt), ("@outlet", a.Outlet), ("@text", queued.Text));
        await tx.CommitAsync(ct);
        Signal();
        return new EnqueueResult(a.Id, EnqueueStatus.Accepted);
    }

    /// <summary>
    /// Puts back the jobs a previous run of this worker held when it died (kill -9, power loss),
    /// so a restart resumes at once instead of waiting for their leases to run out.
    /// </summary>
    public async Task<int> RecoverAbandonedAsync(string owner, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        // The attempt that was cut short was not the article's failure: give it back and count a crash.
        // An article that took the worker down every time is poison: set it aside, so the rest go on.
        return await ExecuteAsync(connection, ct, """
            UPDATE jobs SET lease_until = NULL, attempts = max(attempts - 1, 0), crashes = crashes + 1,
              state = CASE WHEN crashes + 1 >= @max THEN 'FAILED' ELSE 'QUEUED' END,
              finished_at = CASE WHEN crashes + 1 >= @max THEN @now END,
              reason = CASE WHEN crashes + 1 >= @max THEN 'The worker stopped while applying it, ' || (crashes + 1) || ' times.' END
            WHERE state = 'RUNNING' AND owner = @owner
            """, ("@owner", owner), ("@now", Now()), ("@max", options.MaxCrashes));
    }

    /// <summary>Takes the oldest queued job (or one whose worker's lease ran out) and counts the attempt.</summary>
    public async Task<(Job Job, QueuedArticle Article)?> ClaimAsync(string owner, CancellationToken ct) =>
        await ClaimAsync(owner, 1, ct) is [var first] ? first : null;

    /// <summary>Takes up to <paramref name="count"/> of the oldest queued jobs (or ones whose worker's lease ran out), oldest first, and counts their attempts.</summary>
    public async Task<List<(Job Job, QueuedArticle Article)>> ClaimAsync(string owner, int count, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE jobs SET state = 'RUNNING', attempts = attempts + 1, lease_until = @lease, owner = @owner
            WHERE seq IN (SELECT seq FROM jobs WHERE state = 'QUEUED' OR (state = 'RUNNING' AND lease_until < @now) ORDER BY seq LIMIT @count)
            RETURNING id, state, attempts, reason, enqueued_at, finished_at, title, added_factions, added_relations, added_evidence, url, published_at, outlet, text, seq
            """;
        command.Parameters.AddWithValue("@now", Now());
        command.Parameters.AddWithValue("@owner", owner);
        command.Parameters.AddWithValue("@lease", DateTime.UtcNow.Add(Lease).ToString("O"));
        command.Parameters.AddWithValue("@count", Math.Max(1, count));
        await using var r = await command.ExecuteReaderAsync(ct);
        var claimed = new List<(long Seq, Job Job, QueuedArticle Article)>();
        while (await r.ReadAsync(ct))
        {
            var job = ReadJob(r);
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            var article = new Article(job.Id, job.Title, Text(10), Text(11), Text(12));
            claimed.Add((r.GetInt64(14), job, new QueuedArticle(article, r.GetString(13))));
        }
        return [.. claimed.OrderBy(c => c.Seq).Select(c => (c.Job, c.Article))]; // RETURNING has no order of its own
    }

    /// <summary>Marks a job done and drops its text, which the graph now holds as evidence.</summary>
    public Task CompleteAsync(string jobId, IngestOutcome added, CancellationToken ct) => CompleteAsync([(jobId, added)], ct);

    /// <summary>Marks jobs done (one queue transaction) after the store committed them.</summary>
    public async Task CompleteAsync(IReadOnlyList<(string JobId, IngestOutcome Added)> done, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        foreach (var (jobId, added) in done)
            await ExecuteAsync(connection, ct, """
                UPDATE jobs SET state = 'DONE', finished_at = @now, lease_until = NULL, reason = NULL, text = NULL,
                  added_factions = @f, added_relations = @r, added_evidence = @e
                WHERE id = @id
                """, ("@id", jobId), ("@now", Now()), ("@f", added.Factions), ("@r", added.Relations), ("@e", added.Evidence));
        await tx.CommitAsync(ct);
    }

    /// <summary>Records a failed attempt: back to the queue, or set aside once it has had its tries. True when set aside.</summary>
    public async Task<bool> FailAsync(string jobId, string reason, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE jobs SET reason = @reason, lease_until = NULL,
              state = CASE WHEN attempts >= @max THEN 'FAILED' ELSE 'QUEUED' END,
              finished_at = CASE WHEN attempts >= @max THEN @now END
            WHERE id = @id
            RETURNING state
            """;
        command.Parameters.AddWithValue("@id", jobId);
        command.Parameters.AddWithValue("@now", Now());
        command.Parameters.AddWithValue("@reason", reason);
        command.Parameters.AddWithValue("@max", options.MaxAttempts);
        return await command.ExecuteScalarAsync(ct) as string == WireName.Of(JobState.Failed);
    }

    public async Task<Job?> GetAsync(string jobId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, $"SELECT {JobColumns} FROM jobs WHERE id = @id", ("@id", jobId));
        await using var r = await command.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadJob(r) : null;
    }

    /// <summary>
    /// Jobs applied so far: grows whenever any worker, in any process, changed the graph. Synchronous because
    /// its one caller is a property getter (<see cref="GraphVersion.Current"/>), read at most every 250 ms.
    /// </summary>
    public long AppliedCount()
    {
        using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM jobs WHERE state = 'DONE'";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// When the oldest job not yet finished (queued or running) was accepted; null when none is waiting.
    /// Synchronous: an observable gauge's callback cannot await.
    /// </summary>
    public DateTime? OldestWaitingSince()
    {
        using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT min(enqueued_at) FROM jobs WHERE state IN ('QUEUED', 'RUNNING')";
        return command.ExecuteScalar() is string at ? DateTime.Parse(at, null, System.Globalization.DateTimeStyles.RoundtripKind) : null;
    }

    /// <summary>Jobs by state, for requests (health, stats), which pass their token.</summary>
    public async Task<QueueCounts> CountsAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, CountsQuery);
        await using var r = await command.ExecuteReaderAsync(ct);
        var counts = new Dictionary<string, long>();
        while (await r.ReadAsync(ct)) counts[r.GetString(0)] = r.GetInt64(1);
        return CountsOf(counts);
    }

    /// <summary>Jobs by state, synchronously: for the queue-depth gauge, whose callback cannot await.</summary>
    public QueueCounts Counts()
    {
        using var connection = Open();
        using var command = Command(connection, CountsQuery);
        using var r = command.ExecuteReader();
        var counts = new Dictionary<string, long>();
        while (r.Read()) counts[r.GetString(0)] = r.GetInt64(1);
        return CountsOf(counts);
    }

    const string CountsQuery = "SELECT state, count(*) FROM jobs GROUP BY state";

    static QueueCounts CountsOf(Dictionary<string, long> counts) =>
        new(counts.GetValueOrDefault("QUEUED"), counts.GetValueOrDefault("RUNNING"), counts.GetValueOrDefault("DONE"), counts.GetValueOrDefault("FAILED"));
}
