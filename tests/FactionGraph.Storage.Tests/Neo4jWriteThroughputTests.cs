using System.Diagnostics;
using FactionGraph.Model;
using FactionGraph.Storage.Neo4j;
using Xunit.Abstractions;

namespace FactionGraph.Storage.Tests;

/// <summary>
/// A rough measure, not a benchmark: one article with 1000 edges among 200 factions, written
/// batched and per row. It prints the times and checks that batching is not slower and that both
/// store the same graph; the bound is loose so a slow machine does not fail it.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jWriteThroughputTests(ITestOutputHelper output)
{
    [StoreFact]
    public async Task A_thousand_edge_article_is_written_in_one_transaction()
    {
        var (article, extraction) = BigArticle(factions: 200, edges: 1000);
        // Each mode once to let Neo4j compile and cache its plans, then measured.
        await TimeAsync(o => o.BatchWrites = true, article, extraction);
        await TimeAsync(o => o.BatchWrites = false, article, extraction);
        var batched = await TimeAsync(o => o.BatchWrites = true, article, extraction);
        var perRow = await TimeAsync(o => o.BatchWrites = false, article, extraction);
        output.WriteLine($"1000 edges + 1000 evidence + 200 factions: batched {batched.TotalMilliseconds:0} ms " +
                         $"({1000 / batched.TotalSeconds:0} edges/s), per row {perRow.TotalMilliseconds:0} ms ({1000 / perRow.TotalSeconds:0} edges/s)");
        Assert.True(batched < TimeSpan.FromSeconds(60), $"batched write took {batched}");
    }

    async Task<TimeSpan> TimeAsync(Action<Neo4jOptions> mode, Article article, ArticleExtraction extraction)
    {
        var store = await Neo4jTestServer.CleanStoreAsync(o => { mode(o); o.RequestTimeout = TimeSpan.FromMinutes(5); });
        await store.UpsertArticleAsync(new Article("art-warmup", "warm-up", null, "2015-01-01", null),
            new ArticleExtraction([Scenario.Jaysh, Scenario.Ahrar], [Scenario.Rel(RelationType.MemberOf, Scenario.Ahrar, Scenario.Jaysh, "art-warmup", 0)]), default);
        var clock = Stopwatch.StartNew();
        var outcome = await store.UpsertArticleAsync(article, extraction, default);
        clock.Stop();
        Assert.Equal(new IngestOutcome(true, 200, 1000, 1000), outcome);
        Assert.Equal(new GraphStats(202, 1001, 2, 1001), await store.GetStatsAsync(default));
        return clock.Elapsed;
    }

    static (Article, ArticleExtraction) BigArticle(int factions, int edges)
    {
        var article = new Article("art-big", "A long report", null, "2015-04-01", null);
        var nodes = Enumerable.Range(0, factions).Select(i => new Faction($"group-{i}", $"Group {i}", FactionKind.Group, [$"Brigade {i}"])).ToList();
        var types = Enum.GetValues<RelationType>();
        var relations = Enumerable.Range(0, edges).Select(i =>
        {
            var source = nodes[i % factions];
            var target = nodes[(i / factions + 1 + i) % factions];
            return Scenario.Rel(types[i % types.Length], source, target, article.Id, i * 100, date: "2015-04-01");
        }).ToList();
        return (article, new ArticleExtraction(nodes, relations));
    }
}
