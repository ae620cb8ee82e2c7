using FactionGraph.Bench.Synthetic;
using FactionGraph.Storage;

namespace FactionGraph.Bench.Measure;

/// <summary>
/// Picks what the HTTP query benchmark asks about in the ingested store: synthetic factions that
/// have edges (for neighbourhoods) and pairs two or more hops apart (for paths), deterministically.
/// </summary>
static class QueryTargets
{
    public static async Task WriteAsync(IGraphStore store, Corpus corpus, string folder, int seed, int count = 50)
    {
        var random = new Random(seed);
        var ids = corpus.World.Factions.Select(f => f.Id).ToList();
        var degrees = await store.GetDegreesAsync(ids, CancellationToken.None);
        var connected = ids.Where(id => degrees.GetValueOrDefault(id) > 0).OrderBy(_ => random.Next()).ToList();
        if (connected.Count < 2) throw new InvalidOperationException("Extraction found too few relations between synthetic factions to query.");

        var traversal = new GraphTraversal(store);
        var pairs = new List<(string, string)>();
        for (var attempt = 0; attempt < count * 20 && pairs.Count < count; attempt++)
        {
            var (from, to) = (connected[random.Next(connected.Count)], connected[random.Next(connected.Count)]);
            var path = await traversal.PathAsync(from, to, 4, RelationFilter.All, directed: false, CancellationToken.None);
            if (path is { Edges.Count: >= 2 }) pairs.Add((from, to));
        }
        GraphQLBodies.Write(Path.Combine(folder, "ceiling.bodies"), [GraphQLBodies.Ceiling]);
        GraphQLBodies.Write(Path.Combine(folder, "seed.bodies"), [GraphQLBodies.SeedQuestion]);
        GraphQLBodies.Write(Path.Combine(folder, "neighborhood.bodies"), connected.Take(count).Select(GraphQLBodies.Neighborhood));
        GraphQLBodies.Write(Path.Combine(folder, "path.bodies"), pairs.Select(p => GraphQLBodies.Path(p.Item1, p.Item2)));
        Console.WriteLine($"  query targets: {Math.Min(count, connected.Count)} neighbourhood starts, {pairs.Count} path pairs");
    }
}
