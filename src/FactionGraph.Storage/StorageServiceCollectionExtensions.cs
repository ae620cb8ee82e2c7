using FactionGraph.Storage.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactionGraph.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the graph store chosen by Storage:Provider, and the traversals built on it.</summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Storage:Path must not be empty.")
            .ValidateOnStart();
        var provider = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Provider ?? StorageProvider.Embedded;
        switch (provider)
        {
            case StorageProvider.Embedded:
                services.AddSingleton<SqliteGraphStore>();
                services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported yet.");
        }
        services.AddSingleton<GraphTraversal>();
        // First hosted service: the schema exists before the worker or the seed loader touch the store.
        services.AddHostedService<StoreInitializer>();
        return services;
    }
}
