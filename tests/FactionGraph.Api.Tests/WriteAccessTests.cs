using System.Net;
using System.Net.Http.Json;

namespace FactionGraph.Api.Tests;

/// <summary>Writes need an API key when keys are configured; refused writes change nothing.</summary>
public sealed class WriteAccessTests : IAsyncLifetime
{
    const string Key = "test-key-7f3a";
    ApiFactory factory = null!;
    HttpClient client = null!;

    const string Ingest = """
        mutation($text: String!) { ingestArticle(input: { text: $text, title: "Formation", publishedAt: "2016-01-28" }) {
          job { state } article { id title publishedAt } addedRelations } }
        """;

    const string Text = "Jaysh al-Islam joined the Islamic Front in November 2013, its commander said.";

    public async Task InitializeAsync()
    {
        factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?> { ["Auth:ApiKeys:0"] = Key });
        client = factory.StartClient();
        await ApiFactory.WaitForIngestionAsync(client);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Mutation_without_a_key_is_unauthorized_and_writes_nothing()
    {
        var before = ApiFactory.Json((await ApiFactory.GraphQLAsync(client, "{ stats { factions relations articles } }"))["data"]!);
        var answer = await ApiFactory.GraphQLAsync(client, Ingest, new { text = Text }, apiKey: "wrong-key");
        Assert.Equal("UNAUTHORIZED", answer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var alias = await ApiFactory.GraphQLAsync(client, """mutation { addAlias(factionId: "jaysh-al-fath", alias: "Conquest Army X") { id } }""");
        Assert.Equal("UNAUTHORIZED", alias["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var after = ApiFactory.Json((await ApiFactory.GraphQLAsync(client, "{ stats { factions relations articles } }"))["data"]!);
        Assert.Equal(before, after);
        var post = await client.PostAsJsonAsync("/articles", new { text = Text });
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task Mutation_with_the_key_ingests_and_reports_what_it_added()
    {
        var answer = await ApiFactory.GraphQLAsync(client, Ingest, new { text = Text }, apiKey: Key);
        Assert.Null(answer["errors"]);
        var result = answer["data"]!["ingestArticle"]!;
        Assert.Equal("DONE", result["job"]!["state"]!.GetValue<string>());
        Assert.Equal("2016-01-28", result["article"]!["publishedAt"]!.GetValue<string>());
        Assert.True(result["addedRelations"]!.GetValue<int>() >= 1);
        var again = await ApiFactory.GraphQLAsync(client, Ingest, new { text = Text }, apiKey: Key);
        Assert.Equal(result["article"]!["id"]!.GetValue<string>(), again["data"]!["ingestArticle"]!["article"]!["id"]!.GetValue<string>());
        var stats = await ApiFactory.GraphQLAsync(client, "{ stats { articles } }");
        Assert.Equal(2, stats["data"]!["stats"]!["articles"]!.GetValue<int>());
    }

    [Fact]
    public async Task Repeated_reads_see_a_write_at_once()
    {
        const string members = """{ faction(id: "islamic-front") { members { member { id } } } }""";
        for (var i = 0; i < 3; i++) Assert.Null((await ApiFactory.GraphQLAsync(client, members))["data"]!["faction"]);
        Assert.Null((await ApiFactory.GraphQLAsync(client, Ingest, new { text = Text }, apiKey: Key))["errors"]);
        var after = await ApiFactory.GraphQLAsync(client, members);
        Assert.Equal("jaysh-al-islam", after["data"]!["faction"]!["members"]![0]!["member"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bearer_header_is_accepted_and_store_errors_carry_their_code()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = """mutation { addAlias(factionId: "no-such-faction", alias: "Whatever") { id } }""" }),
        };
        request.Headers.Authorization = new("Bearer", Key);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync())!;
        Assert.Equal("NOT_FOUND", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_curator_action_names_the_key_used_by_its_hash_never_the_key()
    {
        Assert.Null((await ApiFactory.GraphQLAsync(client, Ingest, new { text = Text }, apiKey: Key))["errors"]); // makes islamic-front
        var alias = await ApiFactory.GraphQLAsync(client, """mutation { addAlias(factionId: "islamic-front", alias: "Front of Islam") { id } }""", apiKey: Key);
        Assert.Null(alias["errors"]);
        var log = await ApiFactory.GraphQLAsync(client, """{ curatorActions(factionId: "islamic-front") { action curator } }""");
        var action = Assert.Single(log["data"]!["curatorActions"]!.AsArray())!;
        Assert.Equal("addAlias", action["action"]!.GetValue<string>());
        var expected = "key:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Key)))[..8];
        Assert.Equal(expected, action["curator"]!.GetValue<string>());
        Assert.DoesNotContain(Key, ApiFactory.Json(log));
    }
}
