using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.Extensions;

/// <summary>How much work the service takes on at once (section "Load").</summary>
public sealed class LoadOptions
{
    public const string Section = "Load";

    /// <summary>
    /// Requests to /graphql, /articles and /export served at once. Default 64; 0 turns the limit off.
    /// </summary>
    public int MaxConcurrentRequests { get; set; } = 64;

    /// <summary>How long a request beyond the limit waits for a place before it is refused with 503. Default 2 s.</summary>
    public TimeSpan QueueWait { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Each request is bounded on its own (deadline, sizes, answer bytes), but nothing bounded how many run at once:
/// under more load than the machine can serve, a soak run saw answers queue up past the 10 s deadline and
/// resident memory grow from 0.8 to 3.2 GB. Past <see cref="LoadOptions.MaxConcurrentRequests"/> (and as many
/// again waiting), a request is refused at once with 503 OVERLOADED and Retry-After, which costs almost nothing,
/// so the service stays within its memory and answers what it accepted on time. /health, the probes and
/// /metrics are never held back: they must say how the service is while it is busy.
/// </summary>
public sealed class LoadGate(IOptions<LoadOptions> options)
{
    readonly SemaphoreSlim places = new(Math.Max(1, options.Value.MaxConcurrentRequests));
    int waiting;

    public bool Enabled => options.Value.MaxConcurrentRequests > 0;

    /// <summary>True with a place taken (release it when done); false when the request must be refused.</summary>
    public async Task<bool> EnterAsync(CancellationToken ct)
    {
        if (places.Wait(0)) return true;
        // As many may wait as may run: beyond that, waiting only piles up requests that will miss their deadline.
        if (Interlocked.Increment(ref waiting) > options.Value.MaxConcurrentRequests)
        {
            Interlocked.Decrement(ref waiting);
            return false;
        }
        try { return await places.WaitAsync(options.Value.QueueWait, ct); }
        finally { Interlocked.Decrement(ref waiting); }
    }

    public void Leave() => places.Release();

    static bool Gated(PathString path) =>
        path.StartsWithSegments("/graphql") || path.StartsWithSegments("/articles") || path.StartsWithSegments("/export");

    public const string OverloadedMessage = "The service is serving as many requests as it can; try again in a moment.";

    public static void Use(WebApplication app)
    {
        var gate = app.Services.GetRequiredService<LoadGate>();
        if (!gate.Enabled) return;
        app.Use(async (http, next) =>
        {
            if (!Gated(http.Request.Path) || HttpMethods.IsOptions(http.Request.Method)) { await next(http); return; }
            if (!await gate.EnterAsync(http.RequestAborted))
            {
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = "1";
                http.Response.ContentType = "application/json; charset=utf-8";
                // GraphQL clients read errors[]; the REST endpoints answer as their other refusals do.
                object body = http.Request.Path.StartsWithSegments("/graphql")
                    ? new { errors = new[] { new { message = OverloadedMessage, extensions = new { code = "OVERLOADED" } } } }
                    : new { error = new { code = "OVERLOADED", message = OverloadedMessage } };
                await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
                return;
            }
            try { await next(http); }
            finally { gate.Leave(); }
        });
    }
}

public static class LoadSheddingExtensions
{
    public static IServiceCollection AddLoadShedding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LoadOptions>(configuration.GetSection(LoadOptions.Section));
        services.AddSingleton<LoadGate>();
        return services;
    }

    public static WebApplication UseLoadShedding(this WebApplication app)
    {
        LoadGate.Use(app);
        return app;
    }
}
