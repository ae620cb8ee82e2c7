using FactionGraph.Model;
using FactionGraph.Storage;

namespace FactionGraph.Ingestion;

public sealed partial class IngestionQueue
{
    /// <summary>Queues an article durably. The same text again finds its job; a failed one is given a fresh start.</summary>
    public EnqueueResult Enqueue(QueuedArticle queued)
    {
        var a = queued.Article;
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        var existing = connection.CreateCommand();
        existing.CommandText = "SELECT state FROM jobs WHERE id = @id";
        existing.Parameters.AddWithValue("@id", a.Id);
        var state = (string?)existing.ExecuteScalar();
        if (state is not null && state != WireName.Of(JobState.Failed)) return new EnqueueResult(a.Id, EnqueueStatus.AlreadyKnown);
        var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM jobs WHERE state IN ('QUEUED', 'RUNNING')";
        if ((long)count.ExecuteScalar()! >= options.QueueCapacity) return new EnqueueResult(a.Id, EnqueueStatus.QueueFull);
        Execute(connection, """
            INSERT INTO jobs (id, state, enqueued_at, title, url, published_at, outlet, text)
            VALUES (@id, 'QUEUED', @now, @title, @url, @published, @outlet, @text)
            ON CONFLICT(id) DO UPDATE SET state = 'QUEUED', attempts = 0, reason = NULL, finished_at = NULL, lease_until = NULL, text = @text
            """, ("@id", a.Id), ("@now", Now()), ("@title", a.Title), ("@url", a.Url), ("@published", a.PublishedAt), ("@outlet", a.Outlet), ("@text", queued.Text));
        tx.Commit();
        Signal();
        return new EnqueueResult(a.Id, EnqueueStatus.Accepted);
    }

    /// <summary>
    /// Puts back the jobs a previous run of this worker held when it died (kill -9, power loss),
    /// so a restart resumes at once instead of waiting for their leases to run out.
    /// </summary>
    public int RecoverAbandoned(string owner)
    {
        using var connection = Open();
        // The attempt that was cut short was not the article's failure: give it back and count a crash.
        // An article that took the worker down every time is poison: set it aside, so the rest go on.
        return Execute(connection, """
            UPDATE jobs SET lease_until = NULL, attempts = max(attempts - 1, 0), crashes = crashes + 1,
              state = CASE WHEN crashes + 1 >= @max THEN 'FAILED' ELSE 'QUEUED' END,
              finished_at = CASE WHEN crashes + 1 >= @max THEN @now END,
              reason = CASE WHEN crashes + 1 >= @max THEN 'The worker stopped while applying it, ' || (crashes + 1) || ' times.' END
            WHERE state = 'RUNNING' AND owner = @owner
            """, ("@owner", owner), ("@now", Now()), ("@max", options.MaxCrashes));
    }

    /// <summary>Takes the oldest queued job (or one whose worker's lease ran out) and counts the attempt.</summary>
    public (Job Job, QueuedArticle Article)? Claim(string owner) => Claim(owner, 1) is [var first] ? first : null;

    /// <summary>Takes up to <paramref name="count"/> of the oldest queued jobs (or ones whose worker's lease ran out), oldest first, and counts their attempts.</summary>
    public List<(Job Job, QueuedArticle Article)> Claim(string owner, int count)
    {
        using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE jobs SET state = 'RUNNING', attempts = attempts + 1, lease_until = @lease, owner = @owner
            WHERE seq IN (SELECT seq FROM jobs WHERE state = 'QUEUED' OR (state = 'RUNNING' AND lease_until < @now) ORDER BY seq LIMIT @count)
            RETURNING id, state, attempts, reason, enqueued_at, finished_at, title, added_factions, added_relations, added_evidence, url, published_at, outlet, text, seq
            """;
        command.Parameters.AddWithValue("@now", Now());
        command.Parameters.AddWithValue("@owner", owner);
        command.Parameters.AddWithValue("@lease", DateTime.UtcNow.Add(Lease).ToString("O"));
        command.Parameters.AddWithValue("@count", Math.Max(1, count));
        using var r = command.ExecuteReader();
        var claimed = new List<(long Seq, Job Job, QueuedArticle Article)>();
        while (r.Read())
        {
            var job = ReadJob(r);
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            var article = new Article(job.Id, job.Title, Text(10), Text(11), Text(12));
            claimed.Add((r.GetInt64(14), job, new QueuedArticle(article, r.GetString(13))));
        }
        return [.. claimed.OrderBy(c => c.Seq).Select(c => (c.Job, c.Article))]; // RETURNING has no order of its own
    }

    /// <summary>Marks a job done and drops its text, which the graph now holds as evidence.</summary>
    public void Complete(string jobId, IngestOutcome added) => Complete([(jobId, added)]);

    /// <summary>Marks jobs done (one queue transaction) after the store committed them.</summary>
    public void Complete(IReadOnlyList<(string JobId, IngestOutcome Added)> done)
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        foreach (var (jobId, added) in done)
            Execute(connection, """
                UPDATE jobs SET state = 'DONE', finished_at = @now, lease_until = NULL, reason = NULL, text = NULL,
                  added_factions = @f, added_relations = @r, added_evidence = @e
                WHERE id = @id
                """, ("@id", jobId), ("@now", Now()), ("@f", added.Factions), ("@r", added.Relations), ("@e", added.Evidence));
        tx.Commit();
    }

    /// <summary>Records a failed attempt: back to the queue, or set aside once it has had its tries. True when set aside.</summary>
    public bool Fail(string jobId, string reason)
    {
        using var connection = Open();
        var command = connection.CreateCommand();
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
        return command.ExecuteScalar() as string == WireName.Of(JobState.Failed);
    }

    public Job? Get(string jobId)
    {
        using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT {JobColumns} FROM jobs WHERE id = @id";
        command.Parameters.AddWithValue("@id", jobId);
        using var r = command.ExecuteReader();
        return r.Read() ? ReadJob(r) : null;
    }

    /// <summary>Jobs applied so far: grows whenever any worker, in any process, changed the graph.</summary>
    public long AppliedCount()
    {
        using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM jobs WHERE state = 'DONE'";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>When the oldest job not yet finished (queued or running) was accepted; null when none is waiting.</summary>
    public DateTime? OldestWaitingSince()
    {
        using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT min(enqueued_at) FROM jobs WHERE state IN ('QUEUED', 'RUNNING')";
        return command.ExecuteScalar() is string at ? DateTime.Parse(at, null, System.Globalization.DateTimeStyles.RoundtripKind) : null;
    }

    public QueueCounts Counts()
    {
        using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT state, count(*) FROM jobs GROUP BY state";
        using var r = command.ExecuteReader();
        var counts = new Dictionary<string, long>();
        while (r.Read()) counts[r.GetString(0)] = r.GetInt64(1);
        return new QueueCounts(counts.GetValueOrDefault("QUEUED"), counts.GetValueOrDefault("RUNNING"), counts.GetValueOrDefault("DONE"), counts.GetValueOrDefault("FAILED"));
    }
}
