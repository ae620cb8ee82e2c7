using FactionGraph.Model;

namespace FactionGraph.Storage;

/// <summary>What <see cref="GraphTraversal"/> reads: factions, their edges and degrees. Every store offers it.</summary>
public interface ITraversalReads
{
    Task<IReadOnlyList<Faction>> GetFactionsAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>Edges touching any of the factions, filtered by type, direction and date, each once, in id order.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> factionIds, RelationFilter filter, CancellationToken ct);

    /// <summary>Number of edges per faction (all types), for drawing node sizes; factions without edges left out.</summary>
    Task<IReadOnlyDictionary<string, int>> GetDegreesAsync(IReadOnlyCollection<string> factionIds, CancellationToken ct);
}

/// <summary>
/// A store that reads everything a neighbourhood can touch in one request (Neo4j: one round trip
/// instead of one per level); the traversal then runs on what came back, with the same algorithm.
/// </summary>
public interface INeighborhoodPrefetch
{
    /// <summary>
    /// The centre, every faction within <paramref name="depth"/> hops over asserted edges that pass
    /// <paramref name="filter"/>, and all such edges of the factions within depth − 1 hops; null when
    /// the centre is unknown.
    /// </summary>
    Task<ITraversalReads?> PrefetchNeighborhoodAsync(string id, int depth, RelationFilter filter, CancellationToken ct);
}

/// <summary>Edges held in memory by faction: the selection rules of <see cref="ITraversalReads.GetRelationsAsync"/>, in one place.</summary>
public static class Adjacency
{
    /// <summary>The edges of the factions that pass the filter, each once, in ordinal id order (as the stores order them).</summary>
    public static List<Relation> Select(IEnumerable<string> factionIds, Func<string, IReadOnlyList<Relation>?> edgesOf, RelationFilter filter)
    {
        var found = new HashSet<Relation>(ReferenceEqualityComparer.Instance);
        var types = filter.Types is { Count: > 0 } t ? t : null;
        foreach (var id in factionIds)
        {
            if (edgesOf(id) is not { } edges) continue;
            foreach (var r in edges)
            {
                if (filter.Direction == Direction.Outgoing && r.Source != id) continue;
                if (filter.Direction == Direction.Incoming && r.Target != id) continue;
                if (types is not null && !types.Contains(r.Type)) continue;
                if (filter.ActiveOn is { } on && !IsActiveOn(r, on)) continue;
                found.Add(r);
            }
        }
        var list = found.ToList();
        list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return list;
    }

    /// <summary>The stores' rule for "active on": since on or before the day, until (if any) on or after it.</summary>
    static bool IsActiveOn(Relation r, string on) =>
        r.Since is { } since && string.CompareOrdinal(since, on) <= 0 && (r.Until is null || string.CompareOrdinal(r.Until, on) >= 0);

    /// <summary>Ends an edge is listed under: both, or one for a self-loop.</summary>
    public static IEnumerable<string> Ends(Relation r) => r.Source == r.Target ? [r.Source] : [r.Source, r.Target];
}

/// <summary>A prefetched part of the graph (<see cref="INeighborhoodPrefetch"/>), answering the traversal's reads from memory.</summary>
public sealed class PrefetchedGraph : ITraversalReads
{
    readonly Dictionary<string, Faction> factions = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> degrees = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Relation>> edgesByEnd = new(StringComparer.Ordinal);
    readonly HashSet<string> edgeIds = new(StringComparer.Ordinal);

    public void AddFaction(Faction faction, int degree)
    {
        factions[faction.Id] = faction;
        if (degree > 0) degrees[faction.Id] = degree;
    }

    public void AddRelation(Relation relation)
    {
        if (!edgeIds.Add(relation.Id)) return;
        foreach (var end in Adjacency.Ends(relation))
            (edgesByEnd.TryGetValue(end, out var list) ? list : edgesByEnd[end] = []).Add(relation);
    }

    public Task<IReadOnlyList<Faction>> GetFactionsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Faction>>([.. ids.Distinct().Where(factions.ContainsKey).Select(id => factions[id])]);

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> factionIds, RelationFilter filter, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Relation>>(Adjacency.Select(factionIds, id => edgesByEnd.GetValueOrDefault(id), filter));

    public Task<IReadOnlyDictionary<string, int>> GetDegreesAsync(IReadOnlyCollection<string> factionIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(factionIds.Distinct().Where(degrees.ContainsKey).ToDictionary(id => id, id => degrees[id]));
}
