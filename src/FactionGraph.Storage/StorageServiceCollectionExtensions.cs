using FactionGraph.Storage.Embedded;
using FactionGraph.Storage.Neo4j;
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
                services.AddSingleton<IGraphStore>(sp => new SqliteErrors(sp.GetRequiredService<SqliteGraphStore>()));
                break;
            case StorageProvider.Neo4j:
                AddNeo4j(services, configuration);
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported yet.");
        }
        services.AddSingleton<GraphTraversal>();
        // First hosted service: the schema exists before the worker or the seed loader touch the store.
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    /// <summary>Neo4j options (validated at start: a password is required), a pooled HttpClient, and the store.</summary>
    static void AddNeo4j(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jOptions.Section))
            .Validate(o => o.Uri is { IsAbsoluteUri: true } u && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps),
                "Neo4j:Uri must be an absolute http(s) address, e.g. http://localhost:7474.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Username), "Neo4j:Username must not be empty.")
            .Validate(o => !string.IsNullOrEmpty(o.Password), "Neo4j:Password is required when Storage:Provider is Neo4j (set Neo4j__Password).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Database), "Neo4j:Database must not be empty.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero, "Neo4j:RequestTimeout must be positive.")
            .Validate(o => o.MaxRetries >= 0, "Neo4j:MaxRetries must not be negative.")
            .ValidateOnStart();
        services.AddHttpClient(Neo4jConnection.HttpClientName, (sp, client) =>
            {
                // The store bounds each request by RequestTimeout itself (to tell timeouts from
                // cancellation); this is the outer limit in case it does not.
                var o = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Neo4jOptions>>().Value;
                client.Timeout = o.RequestTimeout + TimeSpan.FromSeconds(5);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5), // picks up DNS changes of the server
                MaxConnectionsPerServer = 16,
            });
        services.AddSingleton<Neo4jGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
    }
}
