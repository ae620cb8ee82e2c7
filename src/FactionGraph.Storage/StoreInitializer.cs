using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactionGraph.Storage;

/// <summary>
/// Creates the store's schema before anything else starts, and stops start-up with a clear
/// message when the store cannot be reached (wrong URI, wrong password).
/// </summary>
public sealed class StoreInitializer(IGraphStore store, IOptions<StorageOptions> options, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        try
        {
            await store.InitializeAsync(ct);
            logger.LogInformation("Graph store ready: {Provider}", options.Value.Provider);
        }
        catch (GraphStoreException ex)
        {
            logger.LogCritical("The {Provider} graph store is not usable: {Message} ({Code})", options.Value.Provider, ex.Message, ex.Code);
            throw;
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
