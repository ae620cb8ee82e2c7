using FactionGraph.Model;
using FactionGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FactionGraph.Api.Tests;

/// <summary>Analysts' questions over a graph whose contents the test wrote itself.</summary>
public sealed class GraphQueryTests : IAsyncLifetime
{
    ApiFactory factory = null!;
    HttpClient client = null!;

    public async Task InitializeAsync()
    {
        factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?> { ["Ingestion:LoadSeed"] = "false" });
        client = factory.StartClient();
        var graph = new GraphBuilder(factory.Services.GetRequiredService<IGraphStore>());
        graph.Faction("islamic-front", "Islamic Front", FactionKind.Alliance, "al-Jabhat al-Islamiyah")
            .Faction("ahrar-al-sham", "Ahrar al-Sham", FactionKind.Group, "Harakat Ahrar al-Sham al-Islamiyya")
            .Faction("jaysh-al-islam", "Jaysh al-Islam")
            .Faction("liwa-al-tawhid", "Liwa al-Tawhid")
            .Relation(RelationType.MemberOf, "ahrar-al-sham", "islamic-front", "2013-11-22")
            .Relation(RelationType.MemberOf, "jaysh-al-islam", "islamic-front", "2013-11-22")
            .Relation(RelationType.MemberOf, "liwa-al-tawhid", "islamic-front", "2013-11-22");
        await graph.ArticleAsync("Seven groups form the Islamic Front", "2013-11-22");
        graph.Faction("jaysh-al-islam", "Jaysh al-Islam").Faction("islamic-front", "Islamic Front", FactionKind.Alliance)
            .Faction("ahrar-al-sham", "Ahrar al-Sham").Faction("jaysh-al-fath", "Jaysh al-Fath", FactionKind.Alliance)
            .Faction("nusra-front", "Nusra Front")
            .Relation(RelationType.Left, "jaysh-al-islam", "islamic-front", "2014-08-01")
            .Relation(RelationType.MemberOf, "ahrar-al-sham", "jaysh-al-fath", "2015-03-24")
            .Relation(RelationType.MemberOf, "nusra-front", "jaysh-al-fath", "2015-03-24")
            .Relation(RelationType.MemberOf, "ahrar-al-sham", "islamic-front", "2015-03-24", Stance.Denied, "Ahrar denies it is still in the Islamic Front.")
            .Relation(RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", "2015-03-24", Stance.Denied, "Jaysh al-Islam denied joining Jaysh al-Fath.");
        await graph.ArticleAsync("Jaysh al-Islam leaves; Jaysh al-Fath formed", "2015-03-26");
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    async Task<System.Text.Json.Nodes.JsonNode> Data(string query)
    {
        var answer = await ApiFactory.GraphQLAsync(client, query);
        Assert.Null(answer["errors"]);
        return answer["data"]!;
    }

    static string[] Names(System.Text.Json.Nodes.JsonNode list, string field, string property = "name") =>
        [.. list.AsArray().Select(m => m![field]![property]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Members_on_a_date_respect_since_and_until()
    {
        var data = await Data("""
            { y2014: faction(id: "islamic-front") { members(activeOn: "2014-01-01") { member { name } since until } }
              y2015: faction(id: "islamic-front") { members(activeOn: "2015-01-01") { member { name } } }
              before: faction(id: "islamic-front") { members(activeOn: "2013-01-01") { member { name } } } }
            """);
        Assert.Equal(["Ahrar al-Sham", "Jaysh al-Islam", "Liwa al-Tawhid"], Names(data["y2014"]!["members"]!, "member"));
        Assert.Equal(["Ahrar al-Sham", "Liwa al-Tawhid"], Names(data["y2015"]!["members"]!, "member"));
        Assert.Empty(data["before"]!["members"]!.AsArray());
        var left = data["y2014"]!["members"]!.AsArray().Single(m => m!["member"]!["name"]!.GetValue<string>() == "Jaysh al-Islam")!;
        Assert.Equal("2013-11-22", left["since"]!.GetValue<string>());
        Assert.Equal("2014-08-01", left["until"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_membership_that_is_only_denied_is_not_a_membership_unless_asked_for()
    {
        var data = await Data("""
            { default: faction(id: "jaysh-al-fath") { members { member { id } } }
              onDate: faction(id: "jaysh-al-fath") { members(activeOn: "2016-01-01", includeDenied: true) { member { id } } }
              all: faction(id: "jaysh-al-fath") { members(includeDenied: true) { member { id } assertingCount denyingCount since } }
              path(from: "jaysh-al-islam", to: "jaysh-al-fath", maxHops: 1) { hops } }
            """);
        Assert.Equal(["ahrar-al-sham", "nusra-front"], Names(data["default"]!["members"]!, "member", "id"));
        Assert.Equal(["ahrar-al-sham", "nusra-front"], Names(data["onDate"]!["members"]!, "member", "id"));
        var denied = data["all"]!["members"]!.AsArray().Single(m => m!["member"]!["id"]!.GetValue<string>() == "jaysh-al-islam")!;
        Assert.Equal(0, denied["assertingCount"]!.GetValue<int>());
        Assert.Equal(1, denied["denyingCount"]!.GetValue<int>());
        Assert.Null(denied["since"]);
        Assert.Null(data["path"]);
    }

    [Fact]
    public async Task Evidence_behind_an_edge_counts_asserting_and_denying_articles()
    {
        var data = await Data("""
            { faction(id: "ahrar-al-sham") { memberOf { alliance { id } assertingCount denyingCount
                evidence { quote stance date article { title publishedAt outlet url } } } } }
            """);
        var edge = data["faction"]!["memberOf"]!.AsArray().Single(m => m!["alliance"]!["id"]!.GetValue<string>() == "islamic-front")!;
        Assert.Equal(1, edge["assertingCount"]!.GetValue<int>());
        Assert.Equal(1, edge["denyingCount"]!.GetValue<int>());
        var stances = edge["evidence"]!.AsArray().Select(e => e!["stance"]!.GetValue<string>()).ToList();
        Assert.Equal(["ASSERTED", "DENIED"], stances);
        Assert.Equal("Test Wire", edge["evidence"]![1]!["article"]!["outlet"]!.GetValue<string>());
    }

    [Fact]
    public async Task Depth_two_neighborhood_is_ready_to_draw()
    {
        var data = await Data("""
            { neighborhood(id: "nusra-front", depth: 2) { nodes { id name kind degree } edges { id type source target } truncated } }
            """);
        var n = data["neighborhood"]!;
        var ids = n["nodes"]!.AsArray().Select(x => x!["id"]!.GetValue<string>()).ToList();
        Assert.Equal("nusra-front", ids[0]);
        // Two hops from Nusra: Jaysh al-Fath, then its other member; the Islamic Front is a third hop away.
        Assert.Equal(["ahrar-al-sham", "jaysh-al-fath", "nusra-front"], ids.Order(StringComparer.Ordinal));
        Assert.False(n["truncated"]!.GetValue<bool>());
        Assert.Equal(["ahrar-al-sham~MEMBER_OF~jaysh-al-fath", "nusra-front~MEMBER_OF~jaysh-al-fath"],
            n["edges"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
        Assert.Equal(2, n["nodes"]!.AsArray().Single(x => x!["id"]!.GetValue<string>() == "ahrar-al-sham")!["degree"]!.GetValue<int>());
        var three = await Data("""{ neighborhood(id: "nusra-front", depth: 3) { nodes { id } } }""");
        Assert.Equal(4, three["neighborhood"]!["nodes"]!.AsArray().Count);
        var limited = await Data("""{ neighborhood(id: "nusra-front", depth: 2, limit: 2) { nodes { id } truncated } }""");
        Assert.Equal(2, limited["neighborhood"]!["nodes"]!.AsArray().Count);
        Assert.True(limited["neighborhood"]!["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Path_between_two_groups_is_ordered_and_null_when_out_of_reach()
    {
        var data = await Data("""
            { path(from: "nusra-front", to: "liwa-al-tawhid") { hops nodes { id } edges { type source target } }
              short: path(from: "nusra-front", to: "liwa-al-tawhid", maxHops: 2) { hops }
              directed: path(from: "nusra-front", to: "liwa-al-tawhid", directed: true) { hops } }
            """);
        var path = data["path"]!;
        Assert.Equal(4, path["hops"]!.GetValue<int>());
        Assert.Equal(["nusra-front", "jaysh-al-fath", "ahrar-al-sham", "islamic-front", "liwa-al-tawhid"],
            path["nodes"]!.AsArray().Select(x => x!["id"]!.GetValue<string>()));
        Assert.Null(data["short"]);
        Assert.Null(data["directed"]);
    }

    [Fact]
    public async Task Factions_connection_pages_with_cursors_and_searches_aliases()
    {
        var first = await Data("""{ factions(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }""");
        var page = first["factions"]!;
        Assert.Equal(6, page["totalCount"]!.GetValue<int>());
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await Data($$"""{ factions(first: 10, after: "{{after}}") { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }""");
        Assert.Equal(4, second["factions"]!["edges"]!.AsArray().Count);
        Assert.False(second["factions"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var search = await Data("""{ factions(search: "islamiyya") { nodes { id } } alliances: factions(kind: ALLIANCE) { totalCount } }""");
        Assert.Equal(["ahrar-al-sham", "islamic-front"], search["factions"]!["nodes"]!.AsArray().Select(x => x!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(2, search["alliances"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Articles_mentioning_a_faction_and_stats()
    {
        var data = await Data("""
            { articles(mentioning: "liwa-al-tawhid") { totalCount nodes { title publishedAt } }
              all: articles { totalCount nodes { publishedAt } }
              stats { factions relations articles } }
            """);
        Assert.Equal(1, data["articles"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["2015-03-26", "2013-11-22"], data["all"]!["nodes"]!.AsArray().Select(a => a!["publishedAt"]!.GetValue<string>()));
        Assert.Equal(2, data["stats"]!["articles"]!.GetValue<int>());
        Assert.Equal(6, data["stats"]!["factions"]!.GetValue<int>());
    }

    [Fact]
    public async Task Merge_keeps_all_evidence_and_alias_resolves()
    {
        Assert.Null((await ApiFactory.GraphQLAsync(client, """mutation { addAlias(factionId: "nusra-front", alias: "Jabhat al-Nusra li-Ahl al-Sham") { id } }"""))["errors"]);
        var byAlias = await Data("""{ faction(name: "jabhat al nusrah li ahl ash-sham") { id } }""");
        Assert.Equal("nusra-front", byAlias["faction"]!["id"]!.GetValue<string>());
        var merged = await ApiFactory.GraphQLAsync(client, """mutation { mergeFactions(keepId: "islamic-front", mergeId: "jaysh-al-fath") { id aliases members { member { id } evidence { quote } } } }""");
        Assert.Null(merged["errors"]);
        var members = merged["data"]!["mergeFactions"]!["members"]!.AsArray();
        Assert.Contains(members, m => m!["member"]!["id"]!.GetValue<string>() == "nusra-front");
        Assert.Contains("Jaysh al-Fath", merged["data"]!["mergeFactions"]!["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        var gone = await Data("""{ faction(id: "jaysh-al-fath") { id } byName: faction(name: "Jaysh al-Fath") { id } }""");
        Assert.Null(gone["faction"]);
        Assert.Equal("islamic-front", gone["byName"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unmerge_brings_back_what_the_merge_took_and_the_log_says_who_did_what()
    {
        const string state = """
            { fath: faction(id: "jaysh-al-fath") { id name aliases firstSeen lastSeen members(includeDenied: true) { member { id } since evidence { quote } } }
              front: faction(id: "islamic-front") { id aliases firstSeen lastSeen members(includeDenied: true) { member { id } since until evidence { quote } } }
              byName: faction(name: "Jaysh al-Fath") { id }
              stats { factions relations } }
            """;
        var before = ApiFactory.Json(await Data(state));
        Assert.Null((await ApiFactory.GraphQLAsync(client, """mutation { mergeFactions(keepId: "islamic-front", mergeId: "jaysh-al-fath") { id } }"""))["errors"]);
        Assert.NotEqual(before, ApiFactory.Json(await Data(state)));

        var unmerged = await Data("""mutation { unmergeFactions(mergeId: "jaysh-al-fath") { id name } }""");
        Assert.Equal("Jaysh al-Fath", unmerged["unmergeFactions"]!["name"]!.GetValue<string>());
        Assert.Equal(before, ApiFactory.Json(await Data(state)));

        var again = await ApiFactory.GraphQLAsync(client, """mutation { unmergeFactions(mergeId: "jaysh-al-fath") { id } }""");
        Assert.Equal("NOT_FOUND", again["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var log = (await Data("""{ curatorActions(first: 10) { id action curator at arguments { name value } undoneBy } }"""))["curatorActions"]!.AsArray();
        Assert.Equal(["unmergeFactions", "mergeFactions"], log.Select(a => a!["action"]!.GetValue<string>()));
        Assert.All(log, a => Assert.Equal("loopback", a!["curator"]!.GetValue<string>()));
        Assert.Equal(log[0]!["id"]!.GetValue<string>(), log[1]!["undoneBy"]!.GetValue<string>());
        Assert.Equal("""[{"name":"keepId","value":"islamic-front"},{"name":"mergeId","value":"jaysh-al-fath"}]""", ApiFactory.Json(log[1]!["arguments"]!));
        Assert.Empty((await Data("""{ curatorActions(factionId: "nusra-front") { id } }"""))["curatorActions"]!.AsArray());
    }
}
