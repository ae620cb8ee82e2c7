namespace FactionGraph.Ingestion;

/// <summary>Settings of the ingestion queue and worker (section "Ingestion").</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Largest accepted article text, in bytes of UTF-8. Default 1 MB.</summary>
    public int MaxArticleBytes { get; set; } = 1_000_000;

    /// <summary>Most articles waiting in the queue; beyond it submissions get 429. Default 10,000.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Tries before a failing (poison) article is set aside as failed. Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Times the worker process may die while applying one article before that article is set aside
    /// as poison. Counted apart from <see cref="MaxAttempts"/>: a kill or a power cut is not the
    /// article's fault, and several in a row can land on the same article. Default 10.
    /// </summary>
    public int MaxCrashes { get; set; } = 10;

    /// <summary>
    /// Most queued articles the worker writes in one store transaction. A backlog is applied a group
    /// at a time (one commit, and on Neo4j one request, for many articles); a group that fails is
    /// retried one article at a time, so one bad article fails alone. 1 writes each article on its own. Default 100.
    /// </summary>
    public int GroupSize { get; set; } = 100;

    /// <summary>Run the worker in this process. Default true; the API container sets it false when a separate worker runs.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>Load graph-seed/ articles on first start with an empty store. Default true.</summary>
    public bool LoadSeed { get; set; } = true;

    /// <summary>
    /// Longest start-up waits for the in-process worker to apply each seed article before the server
    /// opens its port. Default 2 minutes (the seed takes well under a second; Neo4j's first writes are slower).
    /// </summary>
    public TimeSpan SeedWaitTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Folder of the seed (graph-seed/). Default: found by walking up from the working and app directories.</summary>
    public string? SeedPath { get; set; }

    /// <summary>A folder watched for dropped articles (.txt or .json). Default: none.</summary>
    public string? InboxPath { get; set; }

    /// <summary>Seconds suggested to clients in Retry-After when the queue is full. Default 5.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}
