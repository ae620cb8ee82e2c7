using FactionGraph.Api.GraphQL.Http;
using FactionGraph.Ingestion.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FactionGraph.Api.Extensions;

public static class TelemetryExtensions
{
    /// <summary>The shared telemetry (see <see cref="TelemetrySetup"/>) plus incoming HTTP, GraphQL requests and the Prometheus exporter.</summary>
    public static IServiceCollection AddApiTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.Section));
        services.AddFactionGraphTelemetry(configuration, "factiongraph-api")
            .WithTracing(tracing => tracing
                .AddSource(GraphQLTelemetry.Name)
                // Scrapes and health probes arrive every few seconds and say nothing about the service's work.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path)))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GraphQLTelemetry.Name).AddAspNetCoreInstrumentation();
                if (options.MetricsEndpoint) metrics.AddPrometheusExporter();
            });
        return services;
    }

    /// <summary>GET /metrics in Prometheus's text format, unless Telemetry:MetricsEndpoint is false.</summary>
    public static IEndpointRouteBuilder MapMetricsEndpoint(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value.MetricsEndpoint)
            app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    static bool IsProbe(PathString path) => path.StartsWithSegments("/metrics") || path.StartsWithSegments("/health");
}
