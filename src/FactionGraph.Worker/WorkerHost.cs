using FactionGraph.Ingestion.Hosting;
using FactionGraph.Storage;
using Microsoft.Extensions.Hosting;

namespace FactionGraph.Worker;

/// <summary>The worker as a service: applies the durable queue, loads the seed, watches the inbox.</summary>
public static class WorkerHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        // Settings beside the build, paths relative to the working directory: as the API does (see its Program.cs).
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddFactionGraphLogging(builder.Configuration);
        builder.Services.AddGraphStore(builder.Configuration);
        builder.Services.AddIngestion(builder.Configuration);
        builder.Services.AddFactionGraphTelemetry(builder.Configuration, "factiongraph-worker");
        return builder;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        // This process exists to run the worker, whatever a shared configuration says.
        using var host = CreateBuilder([.. args, "--Ingestion:RunWorker=true"]).Build();
        await host.RunAsync();
        return 0;
    }
}
