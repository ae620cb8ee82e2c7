using FactionGraph.Ingestion.Telemetry;
using FactionGraph.Storage.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FactionGraph.Ingestion.Hosting;

/// <summary>OpenTelemetry for both hosts (API and worker), so an ingestion job is traced alike wherever it runs.</summary>
public static class TelemetrySetup
{
    /// <summary>
    /// Traces of ingestion jobs, store round trips and outgoing HTTP; metrics of ingestion, the store, HttpClient and
    /// the .NET runtime. Exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set (OTEL_EXPORTER_OTLP_PROTOCOL,
    /// OTEL_SERVICE_NAME and the other standard OTEL_* variables apply); a host adds its own sources and exporters.
    /// </summary>
    public static OpenTelemetryBuilder AddFactionGraphTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]) ? serviceName : configuration["OTEL_SERVICE_NAME"]!))
            .WithTracing(tracing => tracing
                .AddSource(IngestionTelemetry.Name, StoreTelemetry.Name)
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(IngestionTelemetry.Name, StoreTelemetry.Name)
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
            services.AddHostedService<TelemetryFlush>();
        }
        return telemetry;
    }
}
