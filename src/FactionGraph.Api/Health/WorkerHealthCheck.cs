using FactionGraph.Ingestion;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FactionGraph.Api.Health;

/// <summary>
/// Ready only while the in-process ingestion worker runs (registered only with Ingestion:RunWorker): a worker that
/// stopped leaves accepted articles unapplied while everything else looks fine.
/// </summary>
public sealed class WorkerHealthCheck(IEnumerable<IHostedService> hosted) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var worker = hosted.OfType<IngestionWorker>().FirstOrDefault();
        return Task.FromResult(worker?.ExecuteTask switch
        {
            null => HealthCheckResult.Unhealthy("Ingestion worker not started"),
            { IsCompleted: false } => HealthCheckResult.Healthy("Ingestion worker running"),
            { Exception: { } failure } => HealthCheckResult.Unhealthy("Ingestion worker stopped after an error", failure.GetBaseException()),
            _ => HealthCheckResult.Unhealthy("Ingestion worker stopped"),
        });
    }
}
