using Microsoft.AspNetCore.HostFiltering;

namespace FactionGraph.Api.Security;

/// <summary>
/// The <c>Host</c> check: a request naming a host the service does not answer to gets 400 with the code
/// <c>HOST_NOT_ALLOWED</c>, so a hostile DNS name rebound to this machine cannot reach it from a browser.
/// ASP.NET Core's own host filter answers such requests with an HTML page and no code, and allows every host
/// when no setting is found (a build started without its appsettings.json), so it is switched off and this
/// check, with the loopback names as its default, takes its place.
/// </summary>
public static class AllowedHosts
{
    /// <summary>Setting key, the one ASP.NET Core uses: host names separated by ';', '*' for any, '*.example.org' for subdomains.</summary>
    public const string Setting = "AllowedHosts";

    /// <summary>Default when nothing is configured: the service answers only to loopback names.</summary>
    public const string Default = "localhost;127.0.0.1;[::1]";

    public static IServiceCollection AddAllowedHosts(this IServiceCollection services, IConfiguration configuration)
    {
        var hosts = (configuration[Setting] is { Length: > 0 } configured ? configured : Default)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        services.AddSingleton(new HostList(hosts));
        services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = ["*"]);
        return services;
    }

    public static WebApplication UseAllowedHosts(this WebApplication app)
    {
        var hosts = app.Services.GetRequiredService<HostList>();
        app.Use(async (http, next) =>
        {
            if (hosts.Allows(http.Request.Host))
            {
                await next(http);
                return;
            }
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsJsonAsync(new
            {
                error = new { code = "HOST_NOT_ALLOWED", message = "The Host header names a host this service does not answer to (setting AllowedHosts)." },
            });
        });
        return app;
    }

    sealed class HostList(string[] hosts)
    {
        readonly bool any = hosts.Contains("*");

        // No Host header at all (HTTP/1.0 clients) names no foreign host, as ASP.NET Core's own filter also allows.
        public bool Allows(HostString host) => any || !host.HasValue || hosts.Any(allowed => Matches(allowed, host.Host));

        static bool Matches(string allowed, string host) => allowed.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase) && host.Length > allowed.Length - 1
            : string.Equals(allowed, host, StringComparison.OrdinalIgnoreCase);
    }
}
