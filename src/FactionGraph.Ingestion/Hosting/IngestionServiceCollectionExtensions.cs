using FactionGraph.Extraction;
using FactionGraph.Gazetteer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactionGraph.Ingestion.Hosting;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// The extractor, the durable queue and the intake; and as hosted services (registered after the
    /// store's initializer) the worker (unless Ingestion:RunWorker is false), the seed loader and the inbox watcher (with Ingestion:InboxPath).
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section))
            .Validate(o => o.MaxArticleBytes > 0 && o.QueueCapacity > 0 && o.MaxAttempts > 0 && o.MaxCrashes > 0 && o.GroupSize > 0, "Ingestion limits must be positive.")
            .ValidateOnStart();
        var options = configuration.GetSection(IngestionOptions.Section).Get<IngestionOptions>() ?? new IngestionOptions();
        services.AddSingleton(_ => GraphSeed.Locate(options.SeedPath));
        services.AddSingleton(sp => new FactionExtractor(GazetteerFile.Load(sp.GetRequiredService<GraphSeed>().GazetteerPath)));
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<IngestionQueue>();
        services.AddSingleton<GraphVersion>();
        services.AddSingleton<ArticleIntake>();
        // The worker first: the seed loader waits for it to apply the seed before the server opens its port.
        if (options.RunWorker) services.AddHostedService<IngestionWorker>();
        if (options.LoadSeed) services.AddHostedService<SeedLoader>();
        if (!string.IsNullOrWhiteSpace(options.InboxPath)) services.AddHostedService<InboxWatcher>();
        return services;
    }
}
