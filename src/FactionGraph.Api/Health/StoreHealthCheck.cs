using FactionGraph.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.Health;

/// <summary>Ready only while the graph store answers a read: without it no query can be answered.</summary>
public sealed class StoreHealthCheck(IGraphStore store, IOptions<StorageOptions> storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var provider = storage.Value.Provider.ToString();
        try
        {
            var stats = await store.GetStatsAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{provider} store answers",
                new Dictionary<string, object> { ["store"] = provider, ["factions"] = stats.Factions, ["relations"] = stats.Relations });
        }
        catch (GraphStoreException ex)
        {
            return HealthCheckResult.Unhealthy($"{provider} store does not answer: {ex.Message}", data: new Dictionary<string, object> { ["store"] = provider, ["code"] = ex.Code });
        }
    }
}
