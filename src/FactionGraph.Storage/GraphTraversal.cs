using FactionGraph.Model;

namespace FactionGraph.Storage;

/// <summary>
/// Neighbourhoods and shortest paths, level by level: one batched edge read per hop,
/// so the cost follows the size of the answer, not of the graph, and both stores share it.
/// The embedded store answers each read from memory; a store that can fetch a whole neighbourhood
/// in one request (<see cref="INeighborhoodPrefetch"/>, Neo4j) does so first, and the levels are
/// then read from what it returned.
/// </summary>
public sealed partial class GraphTraversal(IGraphStore store)
{
    /// <summary>Factions within <paramref name="depth"/> hops, nearest first, at most <paramref name="limit"/> of them.</summary>
    public async Task<Subgraph?> NeighborhoodAsync(string id, int depth, RelationFilter filter, int limit, CancellationToken ct)
    {
        ITraversalReads? reads = store is INeighborhoodPrefetch prefetch ? await prefetch.PrefetchNeighborhoodAsync(id, depth, filter, ct) : store;
        if (reads is null) return null;
        var start = await reads.GetFactionsAsync([id], ct);
        if (start.Count == 0) return null;
        var both = filter with { Direction = Direction.Both };
        var kept = new List<string> { id };
        var seen = new HashSet<string> { id };
        var edges = new Dictionary<string, Relation>();
        var frontier = new List<string> { id };
        var truncated = false;
        for (var level = 0; level < depth && frontier.Count > 0 && !truncated; level++)
        {
            var next = new List<string>();
            foreach (var edge in Asserted(await reads.GetRelationsAsync(frontier, both, ct)))
            {
                edges.TryAdd(edge.Id, edge);
                foreach (var end in Adjacency.Ends(edge))
                {
                    if (seen.Contains(end)) continue;
                    if (kept.Count >= limit) { truncated = true; continue; }
                    seen.Add(end);
                    kept.Add(end);
                    next.Add(end);
                }
            }
            frontier = next;
        }
        var inside = edges.Values.Where(e => seen.Contains(e.Source) && seen.Contains(e.Target)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        return new Subgraph(await NodesAsync(reads, kept, ct), inside, truncated);
    }

    /// <summary>
    /// A shortest path (fewest hops) from one faction to another, or null when none exists within <paramref name="maxHops"/>.
    /// Searches from both ends at once, always growing the smaller frontier.
    /// </summary>
    public async Task<Subgraph?> PathAsync(string from, string to, int maxHops, RelationFilter filter, bool directed, CancellationToken ct)
    {
        if ((await store.GetFactionsAsync([from, to], ct)).Select(f => f.Id).Distinct().Count() < (from == to ? 1 : 2)) return null;
        if (from == to) return new Subgraph(await NodesAsync(store, [from], ct), [], false);
        var forward = new Dictionary<string, Relation?> { [from] = null };
        var backward = new Dictionary<string, Relation?> { [to] = null };
        List<string> forwardFrontier = [from], backwardFrontier = [to];
        for (var hops = 0; hops < maxHops && forwardFrontier.Count > 0 && backwardFrontier.Count > 0; hops++)
        {
            var growForward = forwardFrontier.Count <= backwardFrontier.Count;
            var (frontier, parents, others) = growForward ? (forwardFrontier, forward, backward) : (backwardFrontier, backward, forward);
            var direction = !directed ? Direction.Both : growForward ? Direction.Outgoing : Direction.Incoming;
            var frontierSet = frontier.ToHashSet();
            var next = new List<string>();
            string? meet = null;
            foreach (var edge in Asserted(await store.GetRelationsAsync(frontier, filter with { Direction = direction }, ct)).OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                foreach (var (here, there) in Ends(edge, direction))
                {
                    if (!frontierSet.Contains(here) || parents.ContainsKey(there)) continue;
                    parents[there] = edge;
                    next.Add(there);
                    if (others.ContainsKey(there)) { meet = there; break; }
                }
                if (meet is not null) break;
            }
            if (meet is not null) return await JoinAsync(from, meet, forward, backward, ct);
            if (growForward) forwardFrontier = next; else backwardFrontier = next;
        }
        return null;
    }

    /// <summary>Drawings and paths follow only edges some evidence asserts; a claim only ever denied is not a tie.</summary>
    static IEnumerable<Relation> Asserted(IEnumerable<Relation> relations) => relations.Where(r => r.Asserting > 0);

    static IEnumerable<(string Here, string There)> Ends(Relation edge, Direction direction)
    {
        if (direction != Direction.Incoming) yield return (edge.Source, edge.Target);
        if (direction != Direction.Outgoing) yield return (edge.Target, edge.Source);
    }

    async Task<Subgraph> JoinAsync(string from, string meet, Dictionary<string, Relation?> forward, Dictionary<string, Relation?> backward, CancellationToken ct)
    {
        var nodes = new List<string> { meet };
        var edges = new List<Relation>();
        for (var node = meet; forward[node] is { } edge;)
        {
            node = edge.Source == node ? edge.Target : edge.Source;
            edges.Insert(0, edge);
            nodes.Insert(0, node);
        }
        for (var node = meet; backward[node] is { } edge;)
        {
            node = edge.Source == node ? edge.Target : edge.Source;
            edges.Add(edge);
            nodes.Add(node);
        }
        return nodes[0] == from ? new Subgraph(await NodesAsync(store, nodes, ct), edges, false) : throw new InvalidOperationException("Path does not start at its origin.");
    }

    static async Task<IReadOnlyList<GraphNode>> NodesAsync(ITraversalReads reads, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var factions = (await reads.GetFactionsAsync(ids, ct)).ToDictionary(f => f.Id);
        var degrees = await reads.GetDegreesAsync(ids, ct);
        return [.. ids.Where(factions.ContainsKey).Select(id => new GraphNode(factions[id], degrees.GetValueOrDefault(id)))];
    }
}
