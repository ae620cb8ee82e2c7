using FactionGraph.Api.Export;

namespace FactionGraph.Api.Apis;

/// <summary>
/// GET /export/{file}: the whole graph or a neighbourhood (see <see cref="ExportRequest"/>) in the formats drawing tools read.
/// 400 for bad parameters, 404 for an unknown centre; the header X-Truncated says a limit cut nodes off.
/// </summary>
public static class ExportApi
{
    delegate Task Writer(Stream output, ExportGraph graph, CancellationToken ct);

    static readonly Dictionary<string, (string ContentType, Writer Write)> Files = new(StringComparer.Ordinal)
    {
        ["cytoscape.json"] = ("application/json; charset=utf-8", JsonExports.WriteCytoscapeAsync),
        ["graphology.json"] = ("application/json; charset=utf-8", JsonExports.WriteGraphologyAsync),
        ["graph.gexf"] = ("application/gexf+xml; charset=utf-8", XmlExports.WriteGexfAsync),
        ["graph.graphml"] = ("application/graphml+xml; charset=utf-8", XmlExports.WriteGraphMLAsync),
        ["nodes.csv"] = ("text/csv; charset=utf-8; header=present", CsvExports.WriteNodesAsync),
        ["edges.csv"] = ("text/csv; charset=utf-8; header=present", CsvExports.WriteEdgesAsync),
    };

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/{file}", async (string file, HttpContext http, GraphExporter exporter, CancellationToken ct) =>
        {
            if (!Files.TryGetValue(file, out var format))
                return Results.NotFound(new { error = $"No export '{file}'; there are {string.Join(", ", Files.Keys)}." });
            var (request, error) = ExportRequest.Parse(http.Request.Query);
            if (request is null) return Results.BadRequest(new { error });
            ExportGraph? graph;
            try { graph = await exporter.BuildAsync(request, ct); }
            catch (BadHttpRequestException ex) { return Results.BadRequest(new { error = ex.Message }); }
            if (graph is null) return Results.NotFound(new { error = $"No faction is called '{request.Center}'." });
            http.Response.Headers["X-Truncated"] = graph.Truncated ? "true" : "false";
            return Results.Stream(output => format.Write(output, graph, ct), format.ContentType);
        });
        return app;
    }
}
