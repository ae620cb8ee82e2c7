using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FactionGraph.Ingestion.Hosting;

/// <summary>
/// Sends what telemetry is still batched while the host stops, before its services are disposed: the exporters
/// disposed last would otherwise lose the final batch when the HttpClient factory they use is already gone.
/// </summary>
public sealed class TelemetryFlush(IServiceProvider services) : IHostedService
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        services.GetService<TracerProvider>()?.ForceFlush((int)Timeout.TotalMilliseconds);
        services.GetService<MeterProvider>()?.ForceFlush((int)Timeout.TotalMilliseconds);
        return Task.CompletedTask;
    }
}
