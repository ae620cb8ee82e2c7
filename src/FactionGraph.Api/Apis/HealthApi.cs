using FactionGraph.Ingestion;
using FactionGraph.Storage;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.Apis;

/// <summary>GET /health: 200 when the store answers, 503 when it does not; with the graph and queue counts.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IGraphStore store, IngestionQueue queue, IOptions<StorageOptions> storage, CancellationToken ct) =>
        {
            try
            {
                var stats = await store.GetStatsAsync(ct);
                return Results.Ok(new { status = "ok", store = storage.Value.Provider.ToString(), graph = stats, queue = await queue.CountsAsync(ct) });
            }
            catch (GraphStoreException ex)
            {
                return Results.Json(new { status = "unavailable", store = storage.Value.Provider.ToString(), error = ex.Message, code = ex.Code }, statusCode: 503);
            }
        });
        return app;
    }
}
