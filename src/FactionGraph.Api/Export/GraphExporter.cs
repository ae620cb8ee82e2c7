using FactionGraph.Api.GraphQL;
using FactionGraph.Model;
using FactionGraph.Names;
using FactionGraph.Storage;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.Export;

/// <summary>
/// Builds what the exports write: the same <see cref="GraphTraversal"/> that answers GraphQL's <c>neighborhood</c>
/// (so an export and a query with the same arguments hold the same nodes and edges), plus each edge's support
/// read in two batched calls (evidence, then its articles).
/// </summary>
public sealed class GraphExporter(IGraphStore store, GraphTraversal traversal, IOptions<GraphQLLimits> limits)
{
    /// <summary>The export, or null when <see cref="ExportRequest.Center"/> names no faction.</summary>
    public async Task<ExportGraph?> BuildAsync(ExportRequest request, CancellationToken ct)
    {
        var limit = request.Limit ?? (request.Center is null ? limits.Value.MaxNeighborhoodLimit : limits.Value.DefaultNeighborhoodLimit);
        if (limit > limits.Value.MaxNeighborhoodLimit)
            throw new BadHttpRequestException($"`limit` must be at most {limits.Value.MaxNeighborhoodLimit}.");
        Subgraph? graph;
        if (request.Center is null) graph = await traversal.WholeAsync(request.Filter, limit, ct);
        else if (await ResolveAsync(request.Center, ct) is { } id) graph = await traversal.NeighborhoodAsync(id, request.Depth, request.Filter, limit, ct);
        else return null;
        return graph is null ? null : new ExportGraph(graph.Nodes, await SupportAsync(graph.Edges, ct), graph.Truncated);
    }

    /// <summary>An id as given, else any of a faction's names (as GraphQL's <c>faction(name:)</c> resolves them).</summary>
    async Task<string?> ResolveAsync(string center, CancellationToken ct) =>
        (await store.GetFactionsAsync([center], ct)).FirstOrDefault()?.Id
        ?? (NameKey.Of(center) is { Length: > 0 } key ? await store.ResolveNameAsync(key, ct) : null);

    async Task<IReadOnlyList<ExportEdge>> SupportAsync(IReadOnlyList<Relation> edges, CancellationToken ct)
    {
        var evidence = (await store.GetEvidenceAsync([.. edges.Select(e => e.Id)], ct)).ToLookup(e => e.RelationId);
        var articles = (await store.GetArticlesAsync([.. evidence.SelectMany(g => g).Select(e => e.Evidence.ArticleId).Distinct()], ct))
            .ToDictionary(a => a.Id);
        return [.. edges.Select(edge =>
        {
            var pieces = evidence[edge.Id].Select(e => e.Evidence).ToList();
            var sources = pieces.Select(p => p.ArticleId).Distinct().ToList();
            var outlets = sources.Select(a => articles.GetValueOrDefault(a)?.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count();
            return new ExportEdge(edge, new EdgeSupport(
                pieces.Count(p => p.Stance == Stance.Asserted), pieces.Count(p => p.Stance == Stance.Reported),
                pieces.Count(p => p.Stance == Stance.Denied), sources.Count, outlets));
        })];
    }
}
