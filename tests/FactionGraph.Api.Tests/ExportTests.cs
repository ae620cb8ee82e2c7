using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using FactionGraph.Model;
using FactionGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FactionGraph.Api.Tests;

/// <summary>GET /export/*: each format holds exactly what GraphQL's neighborhood holds, with the evidence counts a drawing needs.</summary>
public sealed class ExportTests : IAsyncLifetime
{
    ApiFactory factory = null!;
    HttpClient client = null!;

    public async Task InitializeAsync()
    {
        factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?> { ["Ingestion:LoadSeed"] = "false" });
        client = factory.StartClient();
        var graph = new GraphBuilder(factory.Services.GetRequiredService<IGraphStore>());
        graph.Faction("islamic-front", "Islamic Front", FactionKind.Alliance, "al-Jabhat al-Islamiyah")
            .Faction("ahrar-al-sham", "Ahrar al-Sham").Faction("jaysh-al-islam", "Jaysh al-Islam")
            .Faction("formula", "=HYPERLINK(\"https://evil.example\")")
            .Relation(RelationType.MemberOf, "ahrar-al-sham", "islamic-front", "2013-11-22")
            .Relation(RelationType.MemberOf, "jaysh-al-islam", "islamic-front", "2013-11-22")
            .Relation(RelationType.AlliedWith, "formula", "ahrar-al-sham", "2014-01-10", Stance.Reported);
        await graph.ArticleAsync("Seven groups form the Islamic Front", "2013-11-22");
        graph.Faction("ahrar-al-sham", "Ahrar al-Sham").Faction("islamic-front", "Islamic Front", FactionKind.Alliance)
            .Faction("liwa-al-haqq", "Liwa al-Haqq")
            .Relation(RelationType.MemberOf, "ahrar-al-sham", "islamic-front", "2013-12-01")
            .Relation(RelationType.MemberOf, "liwa-al-haqq", "islamic-front", "2014-02-01", Stance.Denied);
        await graph.ArticleAsync("Ahrar al-Sham stays in the Islamic Front", "2014-02-01");
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    async Task<(int Nodes, int Edges)> NeighborhoodCountsAsync(string id, int depth, string? activeOn = null)
    {
        var answer = await ApiFactory.GraphQLAsync(client, "query($id: ID!, $depth: Int, $on: Date) { neighborhood(id: $id, depth: $depth, activeOn: $on) { nodes { id } edges { id } } }",
            new { id, depth, on = activeOn });
        var graph = answer["data"]!["neighborhood"]!;
        return (graph["nodes"]!.AsArray().Count, graph["edges"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("Islamic Front", "islamic-front", 1, null)]
    [InlineData("al-jabhat al-islamiyah", "islamic-front", 2, null)]
    [InlineData("ahrar-al-sham", "ahrar-al-sham", 1, "2013-11-30")]
    [InlineData("islamic-front", "islamic-front", 1, "2013-01-01")]
    public async Task Every_format_holds_the_nodes_and_edges_of_the_graphql_neighbourhood(string center, string id, int depth, string? activeOn)
    {
        var expected = await NeighborhoodCountsAsync(id, depth, activeOn);
        var query = $"?center={Uri.EscapeDataString(center)}&depth={depth}" + (activeOn is null ? "" : $"&activeOn={activeOn}");
        var cytoscape = JsonNode.Parse(await client.GetStringAsync("/export/cytoscape.json" + query))!["elements"]!;
        Assert.Equal(expected, (cytoscape["nodes"]!.AsArray().Count, cytoscape["edges"]!.AsArray().Count));
        var graphology = JsonNode.Parse(await client.GetStringAsync("/export/graphology.json" + query))!;
        Assert.Equal(expected, (graphology["nodes"]!.AsArray().Count, graphology["edges"]!.AsArray().Count));
        XNamespace gexf = "http://gexf.net/1.3";
        var gexfDocument = XDocument.Parse(await client.GetStringAsync("/export/graph.gexf" + query));
        Assert.Equal(expected, (gexfDocument.Descendants(gexf + "node").Count(), gexfDocument.Descendants(gexf + "edge").Count()));
        XNamespace graphml = "http://graphml.graphdrawing.org/xmlns";
        var graphmlDocument = XDocument.Parse(await client.GetStringAsync("/export/graph.graphml" + query));
        Assert.Equal(expected, (graphmlDocument.Descendants(graphml + "node").Count(), graphmlDocument.Descendants(graphml + "edge").Count()));
        var nodeLines = (await client.GetStringAsync("/export/nodes.csv" + query)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var edgeLines = (await client.GetStringAsync("/export/edges.csv" + query)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, (nodeLines.Length - 1, edgeLines.Length - 1));
    }

    [Fact]
    public async Task An_edge_carries_its_stance_counts_articles_outlets_and_dates()
    {
        var edges = JsonNode.Parse(await client.GetStringAsync("/export/cytoscape.json?center=islamic-front"))!["elements"]!["edges"]!.AsArray();
        var ahrar = edges.Single(e => e!["data"]!["id"]!.GetValue<string>() == "ahrar-al-sham~MEMBER_OF~islamic-front")!["data"]!;
        Assert.Equal("MEMBER_OF", ahrar["relation"]!.GetValue<string>());
        Assert.Equal("2013-11-22", ahrar["since"]!.GetValue<string>());
        Assert.Equal((2, 0, 0), (ahrar["asserted"]!.GetValue<int>(), ahrar["reported"]!.GetValue<int>(), ahrar["denied"]!.GetValue<int>()));
        // Two articles from the same wire: two articles, one outlet.
        Assert.Equal((2, 1), (ahrar["articles"]!.GetValue<int>(), ahrar["outlets"]!.GetValue<int>()));
        // A membership only ever denied is no tie: like GraphQL's neighborhood, the exports leave it out.
        Assert.DoesNotContain(edges, e => e!["data"]!["source"]!.GetValue<string>() == "liwa-al-haqq");
        var reported = JsonNode.Parse(await client.GetStringAsync("/export/graphology.json?center=ahrar-al-sham"))!["edges"]!.AsArray()
            .Single(e => e!["key"]!.GetValue<string>() == "formula~ALLIED_WITH~ahrar-al-sham")!["attributes"]!;
        Assert.Equal((0, 1), (reported["asserted"]!.GetValue<int>(), reported["reported"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Gexf_is_dynamic_with_each_edge_spell_from_since_and_graphml_keys_are_typed()
    {
        XNamespace gexf = "http://gexf.net/1.3";
        var document = XDocument.Parse(await client.GetStringAsync("/export/graph.gexf"));
        Assert.Equal("1.3", document.Root!.Attribute("version")!.Value);
        Assert.Equal("dynamic", document.Root.Element(gexf + "graph")!.Attribute("mode")!.Value);
        var edge = document.Descendants(gexf + "edge").Single(e => e.Attribute("id")!.Value == "jaysh-al-islam~MEMBER_OF~islamic-front");
        Assert.Equal("2013-11-22", edge.Descendants(gexf + "spell").Single().Attribute("start")!.Value);
        Assert.Equal("integer", document.Descendants(gexf + "attribute").Single(a => a.Attribute("id")!.Value == "articles").Attribute("type")!.Value);
        XNamespace graphml = "http://graphml.graphdrawing.org/xmlns";
        var keys = XDocument.Parse(await client.GetStringAsync("/export/graph.graphml")).Descendants(graphml + "key")
            .ToDictionary(k => $"{k.Attribute("for")!.Value}:{k.Attribute("attr.name")!.Value}", k => k.Attribute("attr.type")!.Value);
        Assert.Equal(("string", "int", "double", "string"), (keys["node:name"], keys["edge:articles"], keys["edge:confidence"], keys["edge:since"]));
    }

    [Fact]
    public async Task Whole_graph_without_a_center_and_limit_marks_truncation()
    {
        var whole = JsonNode.Parse(await client.GetStringAsync("/export/cytoscape.json"))!["elements"]!["nodes"]!.AsArray();
        Assert.Equal(5, whole.Count);
        using var cut = await client.GetAsync("/export/nodes.csv?limit=2");
        Assert.Equal("true", cut.Headers.GetValues("X-Truncated").Single());
        Assert.Equal(3, (await cut.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_name_that_looks_like_a_formula_cannot_run_in_a_spreadsheet()
    {
        var nodes = await client.GetStringAsync("/export/nodes.csv");
        Assert.Contains("formula,\"'=HYPERLINK(\"\"https://evil.example\"\")\"", nodes);
    }

    [Theory]
    [InlineData("/export/graph.gexf?depth=4", HttpStatusCode.BadRequest)]
    [InlineData("/export/graph.gexf?center=islamic-front&types=FRIENDS_WITH", HttpStatusCode.BadRequest)]
    [InlineData("/export/graph.gexf?activeOn=2015-13-01", HttpStatusCode.BadRequest)]
    [InlineData("/export/graph.gexf?limit=999999", HttpStatusCode.BadRequest)]
    [InlineData("/export/graph.gexf?center=Brigade%20of%20Nobody", HttpStatusCode.NotFound)]
    [InlineData("/export/graph.dot", HttpStatusCode.NotFound)]
    public async Task Bad_parameters_are_refused_with_a_reason(string address, HttpStatusCode status)
    {
        using var response = await client.GetAsync(address);
        Assert.Equal(status, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>()));
    }
}
