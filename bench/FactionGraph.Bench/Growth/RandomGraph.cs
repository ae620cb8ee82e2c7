using FactionGraph.Model;

namespace FactionGraph.Bench.Growth;

/// <summary>
/// A seeded random graph whose local shape does not depend on its size: every faction has four
/// outgoing edges on average and every alliance about twenty members, whether there are ten thousand
/// edges or a million. So a depth-2 neighbourhood is about the same size at every scale, and any
/// growth in its latency is the store's doing, not the answer's.
/// </summary>
sealed class RandomGraph
{
    public const int EdgesPerFaction = 4;
    const int FactionsPerAlliance = 20;

    public int Factions { get; }
    public List<(RelationType Type, int Source, int Target)> Edges { get; } = [];

    public RandomGraph(int relations, int seed)
    {
        Factions = Math.Max(FactionsPerAlliance * 2, relations / EdgesPerFaction);
        var random = new Random(seed);
        for (var i = 0; Edges.Count < relations; i = (i + 1) % Factions)
        {
            var roll = random.Next(100);
            var type = roll switch { < 25 => RelationType.MemberOf, < 50 => RelationType.AlliedWith, < 85 => RelationType.FightsAgainst, _ => RelationType.AffiliatedWith };
            var target = type == RelationType.MemberOf ? random.Next(Factions / FactionsPerAlliance) * FactionsPerAlliance : random.Next(Factions);
            if (target != i) Edges.Add((type, i, target));
        }
    }

    public static bool IsAlliance(int node) => node % FactionsPerAlliance == 0;

    public static string Id(int node) => $"{(IsAlliance(node) ? "alliance" : "group")}-{node:D7}";

    public static string Name(int node) => $"Synthetic {(IsAlliance(node) ? "Alliance" : "Group")} {node:D7}";

    /// <summary>Start and end of a few-step random walk, so a path between them exists within that many hops.</summary>
    public List<(int From, int To)> WalkPairs(int count, int steps, int seed)
    {
        var neighbours = new List<int>[Factions];
        for (var n = 0; n < Factions; n++) neighbours[n] = [];
        foreach (var (_, s, t) in Edges) { neighbours[s].Add(t); neighbours[t].Add(s); }
        var random = new Random(seed);
        var pairs = new List<(int, int)>();
        while (pairs.Count < count)
        {
            var from = random.Next(Factions);
            var at = from;
            for (var step = 0; step < steps && neighbours[at].Count > 0; step++) at = neighbours[at][random.Next(neighbours[at].Count)];
            if (at != from) pairs.Add((from, at));
        }
        return pairs;
    }
}
