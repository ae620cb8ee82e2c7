using System.Text.Json;
using FactionGraph.Ingestion;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FactionGraph.Api.Health;

/// <summary>
/// Probes for orchestrators: GET /health/live (the process answers; no check runs) and GET /health/ready (store,
/// queue and, where configured, the worker), 200 when healthy and 503 otherwise, each check's state in the JSON.
/// GET /health (<see cref="Apis.HealthApi"/>) keeps its own shape for existing clients.
/// </summary>
public static class HealthProbes
{
    const string Ready = "ready";

    public static IServiceCollection AddHealthProbes(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [Ready])
            .AddCheck<QueueHealthCheck>("queue", tags: [Ready]);
        var ingestion = configuration.GetSection(IngestionOptions.Section).Get<IngestionOptions>() ?? new IngestionOptions();
        if (ingestion.RunWorker) checks.AddCheck<WorkerHealthCheck>("worker", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthProbes(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteJsonAsync });
        return app;
    }

    static Task WriteJsonAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                data = e.Value.Data,
            }),
        }, cancellationToken: http.RequestAborted);
    }
}
