using FactionGraph.Api.Export;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.Extensions;

/// <summary>The alliance explorer at <c>/</c>, GraphiQL for browsers at <c>/graphql</c>, and the exports' builder.</summary>
public static class ExplorerExtensions
{
    /// <summary>
    /// Scripts only from this origin: article strings are rendered as text, and this makes a slip harmless too.
    /// Styles may be inline because Cytoscape and GraphiQL's editor set them from script.
    /// </summary>
    const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static IServiceCollection AddExplorer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExplorerOptions>().Bind(configuration.GetSection(ExplorerOptions.Section));
        services.AddSingleton<GraphExporter>();
        return services;
    }

    /// <summary>Serves the built front end; without it (not built) the API still runs and says so once in the log.</summary>
    public static WebApplication UseExplorer(this WebApplication app)
    {
        var root = Path.GetFullPath(app.Services.GetRequiredService<IOptions<ExplorerOptions>>().Value.Path, AppContext.BaseDirectory);
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogWarning("No explorer at {Path}: build it with `npm ci && node build.mjs` in src/FactionGraph.Explorer (dotnet build does this when Node.js is installed).", root);
            return app;
        }
        var files = new PhysicalFileProvider(root);
        var graphiql = files.GetFileInfo("graphiql/index.html");
        // Served here rather than by rewriting the path: routing has already picked the GraphQL endpoint for /graphql.
        app.Use(async (http, next) =>
        {
            if (!WantsGraphiQL(http.Request) || !graphiql.Exists) { await next(http); return; }
            PageHeaders(http.Response);
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.SendFileAsync(graphiql, http.RequestAborted);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                if (context.File.Name.EndsWith(".html", StringComparison.Ordinal)) PageHeaders(context.Context.Response);
            },
        });
        return app;
    }

    static void PageHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        // Pages are small and name their bundles; a new deploy must not hide behind a cached page.
        response.Headers.CacheControl = "no-cache";
    }

    /// <summary>
    /// A browser navigating to /graphql names text/html in Accept; GraphQL clients never do, so they keep getting
    /// GraphQL over HTTP exactly as before.
    /// </summary>
    static bool WantsGraphiQL(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase)
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
