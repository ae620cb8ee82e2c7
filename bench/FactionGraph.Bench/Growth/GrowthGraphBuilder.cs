using System.Diagnostics;
using FactionGraph.Bench.Measure;
using FactionGraph.Bench.Results;
using FactionGraph.Model;
using FactionGraph.Storage.Embedded;

namespace FactionGraph.Bench.Growth;

/// <summary>
/// Writes a <see cref="RandomGraph"/> into a fresh embedded store through the store's own write path
/// (UpsertArticleAsync with synthetic extractions of thousands of rows each, skipping the extractor
/// so a million edges take minutes, not hours), then the request bodies for the growth runs.
/// </summary>
static class GrowthGraphBuilder
{
    const int RowsPerArticle = 5_000;

    public static async Task<List<Figure>> BuildAsync(int relations, string folder, int seed)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var clock = Stopwatch.StartNew();
        var graph = new RandomGraph(relations, seed);
        using var store = new SqliteGraphStore(Path.Combine(folder, "store", "graph.db"));
        await store.InitializeAsync(CancellationToken.None);

        var batch = 0;
        foreach (var chunk in Enumerable.Range(0, graph.Factions).Chunk(RowsPerArticle))
        {
            var article = NewArticle(batch++);
            var factions = chunk.Select(n => new Faction(RandomGraph.Id(n), RandomGraph.Name(n), RandomGraph.IsAlliance(n) ? FactionKind.Alliance : FactionKind.Group, [])).ToList();
            await store.UpsertArticleAsync(article, new ArticleExtraction(factions, []), CancellationToken.None);
        }
        foreach (var chunk in graph.Edges.Chunk(RowsPerArticle))
        {
            var article = NewArticle(batch++);
            var edges = chunk.Select((e, i) => new ExtractedRelation(e.Type, RandomGraph.Id(e.Source), RandomGraph.Id(e.Target),
                new Evidence(article.Id, "Synthetic evidence sentence.", i * 40, i * 40 + 28, "bulk", 0.9, Stance.Asserted, article.PublishedAt))).ToList();
            await store.UpsertArticleAsync(article, new ArticleExtraction([], edges), CancellationToken.None);
        }
        var stats = await store.GetStatsAsync(CancellationToken.None);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var indexBytes = await IndexBytesAsync(Path.Combine(folder, "store", "graph.db"));

        var random = new Random(seed + 7);
        var starts = Enumerable.Range(0, 100).Select(_ => random.Next(graph.Factions)).Distinct().Select(RandomGraph.Id);
        GraphQLBodies.Write(Path.Combine(folder, "neighborhood.bodies"), starts.Select(GraphQLBodies.Neighborhood));
        GraphQLBodies.Write(Path.Combine(folder, "path.bodies"),
            graph.WalkPairs(100, 3, seed + 11).Select(p => GraphQLBodies.Path(RandomGraph.Id(p.From), RandomGraph.Id(p.To))));
        var label = Label(relations);
        return
        [
            new($"growth.{label}.relations", $"Growth graph {label}: relations stored", stats.Relations, "relations", $"{stats.Factions} factions"),
            new($"growth.{label}.build_seconds", $"Growth graph {label}: written through UpsertArticleAsync in", buildSeconds, "s"),
            new($"growth.{label}.relations_per_sec", $"Growth graph {label}: bulk write rate", stats.Relations / buildSeconds, "relations/s"),
            new($"growth.{label}.index_bytes_per_relation", $"Growth graph {label}: in-memory index (factions and edges), per relation", indexBytes / Math.Max(1, stats.Relations), "bytes",
                $"{indexBytes / 1048576.0:0.#} MiB in all"),
        ];
    }

    /// <summary>Managed memory the embedded store's in-memory index takes once loaded (what the server holds besides SQLite's cache).</summary>
    static async Task<double> IndexBytesAsync(string file)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var reader = new SqliteGraphStore(file);
        await reader.LoadIndexAsync(CancellationToken.None);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(reader);
        return after - before;
    }

    static Article NewArticle(int batch) =>
        new($"bulk-{batch:D5}", $"Synthetic bulk article {batch}", null, new DateOnly(2015, 1, 1).AddDays(batch % 3000).ToString("yyyy-MM-dd"), "Synthetic");

    /// <summary>10k, 100k, 1M: how figures are named.</summary>
    public static string Label(int relations) => relations switch
    {
        >= 1_000_000 when relations % 1_000_000 == 0 => $"{relations / 1_000_000}M",
        >= 1_000 when relations % 1_000 == 0 => $"{relations / 1_000}k",
        _ => relations.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
