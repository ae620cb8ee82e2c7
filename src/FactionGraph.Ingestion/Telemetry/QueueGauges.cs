using System.Diagnostics.Metrics;

namespace FactionGraph.Ingestion.Telemetry;

/// <summary>
/// The queue's depth by state and the age of its oldest waiting job, read from the queue file when metrics are
/// collected: the queue is shared by processes (API and worker), so only the file knows its true depth.
/// </summary>
public static class QueueGauges
{
    public static void Observe(IMeterFactory meters, IngestionQueue queue)
    {
        var meter = meters.Create(IngestionTelemetry.Name);
        meter.CreateObservableGauge("factiongraph.ingestion.queue.depth", () =>
        {
            var counts = queue.Counts();
            return new[]
            {
                new Measurement<long>(counts.Queued, new KeyValuePair<string, object?>("state", "queued")),
                new Measurement<long>(counts.Running, new KeyValuePair<string, object?>("state", "running")),
            };
        }, "{article}", "Articles waiting in the queue (queued) and being applied (running).");
        meter.CreateObservableGauge("factiongraph.ingestion.queue.oldest_job_age",
            () => queue.OldestWaitingSince() is { } since ? Math.Max(0, (DateTime.UtcNow - since).TotalSeconds) : 0,
            "s", "How long the oldest article still queued has waited; 0 when none waits.");
    }
}
