using FactionGraph.Model;

namespace FactionGraph.Storage;

public sealed partial class GraphTraversal
{
    /// <summary>Reads of the whole graph go this many factions at a time, so no single store call grows with the graph.</summary>
    const int WholeGraphBatch = 500;

    /// <summary>
    /// The whole graph as one drawing (exports with no centre): factions by name, at most <paramref name="limit"/>,
    /// and the asserted edges between them, with the same rules as <see cref="NeighborhoodAsync"/>.
    /// </summary>
    public async Task<Subgraph> WholeAsync(RelationFilter filter, int limit, CancellationToken ct)
    {
        var ids = new List<string>();
        var truncated = false;
        for (var offset = 0; ; offset += WholeGraphBatch)
        {
            var page = await store.SearchFactionsAsync(new FactionSearch(null, null, WholeGraphBatch, offset), ct);
            ids.AddRange(page.Items.Select(f => f.Id));
            if (ids.Count > limit) { truncated = true; ids.RemoveRange(limit, ids.Count - limit); break; }
            if (page.Count == 0 || offset + page.Count >= page.TotalCount) break;
        }
        var kept = ids.ToHashSet();
        var edges = new Dictionary<string, Relation>();
        foreach (var batch in ids.Chunk(WholeGraphBatch))
            foreach (var edge in Asserted(await store.GetRelationsAsync(batch, filter with { Direction = Direction.Both }, ct)))
                if (kept.Contains(edge.Source) && kept.Contains(edge.Target)) edges.TryAdd(edge.Id, edge);
        return new Subgraph(await NodesAsync(store, ids, ct), [.. edges.Values.OrderBy(e => e.Id, StringComparer.Ordinal)], truncated);
    }
}
