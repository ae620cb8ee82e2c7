using FactionGraph.Storage;

namespace FactionGraph.Ingestion;

/// <summary>Where an accepted article is on its way into the graph.</summary>
public enum JobState { Queued, Running, Done, Failed }

/// <summary>An ingestion job; its id is the article id, so resubmitting the same text finds the same job.</summary>
/// <param name="Added">What applying the article added to the graph, once done.</param>
public sealed record Job(string Id, JobState State, int Attempts, string? Reason, string EnqueuedAt, string? FinishedAt, string Title, IngestOutcome? Added);

/// <summary>How many jobs are in each state.</summary>
public sealed record QueueCounts(long Queued, long Running, long Done, long Failed);

/// <summary>The answer to an enqueue: the job, and whether it was new, already known, or refused because the queue is full.</summary>
public sealed record EnqueueResult(string JobId, EnqueueStatus Status);

public enum EnqueueStatus { Accepted, AlreadyKnown, QueueFull }
