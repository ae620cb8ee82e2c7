namespace FactionGraph.Ingestion;

/// <summary>
/// Changes whenever the graph may have changed, so answers computed from it can be reused until then.
/// Writes in this process bump it at once; writes by another process (the worker container) show as a
/// new count of applied jobs in the shared queue, read at most every <see cref="SharedCheckInterval"/>.
/// </summary>
public sealed class GraphVersion(IngestionQueue queue)
{
    public static readonly TimeSpan SharedCheckInterval = TimeSpan.FromMilliseconds(250);

    long local;
    long shared = -1;
    long sharedCheckedAt;

    /// <summary>Call after anything was written to the graph.</summary>
    public void Changed() => Interlocked.Increment(ref local);

    public string Current
    {
        get
        {
            var now = Environment.TickCount64;
            if (now - Interlocked.Read(ref sharedCheckedAt) >= SharedCheckInterval.TotalMilliseconds)
            {
                Interlocked.Exchange(ref shared, queue.AppliedCount());
                Interlocked.Exchange(ref sharedCheckedAt, now);
            }
            return $"{Interlocked.Read(ref local)}.{Interlocked.Read(ref shared)}";
        }
    }
}
