using FactionGraph.Ingestion;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.Health;

/// <summary>Ready only while the ingestion queue is below its bound: at the bound every submission is refused with 429.</summary>
public sealed class QueueHealthCheck(IngestionQueue queue, IOptions<IngestionOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counts = await queue.CountsAsync(cancellationToken);
        var waiting = counts.Queued + counts.Running;
        var capacity = options.Value.QueueCapacity;
        var data = new Dictionary<string, object> { ["waiting"] = waiting, ["capacity"] = capacity, ["failed"] = counts.Failed };
        return waiting < capacity
            ? HealthCheckResult.Healthy($"{waiting} of {capacity} places taken", data)
            : HealthCheckResult.Unhealthy($"Queue full: {waiting} of {capacity} places taken", data: data);
    }
}
