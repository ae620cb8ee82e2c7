using System.Collections.Concurrent;
using FactionGraph.Model;
using FactionGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FactionGraph.Api.Tests;

/// <summary>No N+1: a list of factions with their members costs a fixed number of store calls.</summary>
public sealed class BatchingTests : IAsyncLifetime
{
    ApiFactory factory = null!;
    HttpClient client = null!;
    ConcurrentDictionary<string, int> calls = null!;

    public async Task InitializeAsync()
    {
        factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?> { ["Ingestion:LoadSeed"] = "false" },
            services => calls = StoreCallCounter.Install(services));
        client = factory.StartClient();
        var graph = new GraphBuilder(factory.Services.GetRequiredService<IGraphStore>());
        for (var a = 0; a < 50; a++)
        {
            graph.Faction($"alliance-{a:00}", $"Alliance {a:00}", FactionKind.Alliance);
            for (var m = 0; m < 3; m++)
                graph.Faction($"group-{a:00}-{m}", $"Group {a:00} {m}").Relation(RelationType.MemberOf, $"group-{a:00}-{m}", $"alliance-{a:00}", "2016-05-01");
        }
        await graph.ArticleAsync("Fifty alliances", "2016-05-02");
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    async Task<int> CallsFor(int alliances)
    {
        calls.Clear();
        var answer = await ApiFactory.GraphQLAsync(client, $$"""
            { factions(kind: ALLIANCE, first: {{alliances}}) { nodes { name members { member { name memberOf { alliance { name } } } evidence { quote article { title } } } } } }
            """);
        Assert.Null(answer["errors"]);
        var nodes = answer["data"]!["factions"]!["nodes"]!.AsArray();
        Assert.Equal(alliances, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(3, n!["members"]!.AsArray().Count));
        return calls.Values.Sum();
    }

    [Fact]
    public async Task Fifty_factions_with_members_cost_a_fixed_small_number_of_store_calls()
    {
        var fifty = await CallsFor(50);
        var five = await CallsFor(5);
        // One page read, then one batched read per relationship field level: not one per faction.
        Assert.True(fifty <= 8, $"50 factions cost {fifty} store calls: {string.Join(", ", calls)}");
        Assert.Equal(five, fifty);
    }

    [Fact]
    public async Task Articles_of_fifty_factions_are_one_store_call_and_the_same_pages_as_asked_one_by_one()
    {
        await new GraphBuilder(factory.Services.GetRequiredService<IGraphStore>())
            .Faction("alliance-00", "Alliance 00", FactionKind.Alliance).Faction("alliance-01", "Alliance 01", FactionKind.Alliance)
            .Relation(RelationType.AlliedWith, "alliance-00", "alliance-01", "2016-06-01").ArticleAsync("Two alliances ally", "2016-06-02");
        const string page = "articles(first: 1) { totalCount nodes { title } }";
        calls.Clear();
        var answer = await ApiFactory.GraphQLAsync(client, $$"""{ factions(kind: ALLIANCE, first: 50) { nodes { id {{page}} } } }""");
        Assert.Null(answer["errors"]);
        Assert.Equal(1, calls.GetValueOrDefault(nameof(IGraphStore.GetArticlesMentioningAsync)));
        Assert.Equal(0, calls.GetValueOrDefault(nameof(IGraphStore.SearchArticlesAsync)));

        var nodes = answer["data"]!["factions"]!["nodes"]!.AsArray();
        Assert.Equal(50, nodes.Count);
        foreach (var id in new[] { "alliance-00", "alliance-01", "alliance-02" })
        {
            var batched = nodes.Single(n => n!["id"]!.GetValue<string>() == id)!["articles"]!;
            var alone = (await ApiFactory.GraphQLAsync(client, $$"""{ articles(mentioning: "{{id}}", first: 1) { totalCount nodes { title } } }"""))["data"]!["articles"]!;
            Assert.Equal(ApiFactory.Json(alone), ApiFactory.Json(batched));
        }
        Assert.Equal(2, nodes.Single(n => n!["id"]!.GetValue<string>() == "alliance-00")!["articles"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Two alliances ally", nodes.Single(n => n!["id"]!.GetValue<string>() == "alliance-00")!["articles"]!["nodes"]![0]!["title"]!.GetValue<string>());
    }
}
