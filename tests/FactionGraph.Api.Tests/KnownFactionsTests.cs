namespace FactionGraph.Api.Tests;

/// <summary>Articles that name a faction the graph already knows, by another spelling or after an analyst's merge, add to it.</summary>
public sealed class KnownFactionsTests : IAsyncLifetime
{
    ApiFactory factory = null!;
    HttpClient client = null!;

    public async Task InitializeAsync()
    {
        factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?> { ["Ingestion:LoadSeed"] = "false" });
        client = factory.StartClient();
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    async Task IngestAsync(string text, string date)
    {
        var answer = await ApiFactory.GraphQLAsync(client, "mutation($t: String!, $d: Date) { ingestArticle(input: { text: $t, publishedAt: $d }) { job { state } } }",
            new { t = text, d = date });
        Assert.True(answer["errors"] is null, answer.ToJsonString());
        Assert.Equal("DONE", answer["data"]!["ingestArticle"]!["job"]!["state"]!.GetValue<string>());
    }

    async Task<System.Text.Json.Nodes.JsonNode> Data(string query)
    {
        var answer = await ApiFactory.GraphQLAsync(client, query);
        Assert.True(answer["errors"] is null, answer.ToJsonString());
        return answer["data"]!;
    }

    [Fact]
    public async Task A_new_spelling_of_a_known_unknown_group_adds_to_the_same_faction()
    {
        await IngestAsync("Liwa Ahfad al-Rasul joined the Levant Front on Monday.", "2015-04-01");
        var before = await Data("{ stats { factions } }");
        await IngestAsync("Liwaa Ahfad ar-Rasoul fighters clashed with Islamic State near Marea. Liwaa Ahfad ar-Rasoul left the Levant Front in June.", "2015-06-20");

        var data = await Data("""{ faction(name: "Liwaa Ahfad ar-Rasoul") { id relations { type target { id } } } stats { factions } }""");
        Assert.Equal("liwa-ahfad-al-rasul", data["faction"]!["id"]!.GetValue<string>());
        var types = data["faction"]!["relations"]!.AsArray().Select(r => r!["type"]!.GetValue<string>()).Order().ToArray();
        Assert.Equal(["FIGHTS_AGAINST", "LEFT", "MEMBER_OF"], types);
        // Only Islamic State is new.
        Assert.Equal(before["stats"]!["factions"]!.GetValue<int>() + 1, data["stats"]!["factions"]!.GetValue<int>());
    }

    [Fact]
    public async Task After_a_merge_new_articles_land_on_the_kept_faction()
    {
        await IngestAsync("Liwa Thuwar al-Jabal joined the Levant Front on Monday.", "2015-04-01");
        await IngestAsync("Liwa Usud al-Jabal shelled Tal Rifaat.", "2015-04-02");
        // An analyst knows these are one brigade.
        var merged = await ApiFactory.GraphQLAsync(client, """mutation { mergeFactions(keepId: "liwa-thuwar-al-jabal", mergeId: "liwa-usud-al-jabal") { id } }""");
        Assert.True(merged["errors"] is null, merged.ToJsonString());

        await IngestAsync("Liwa Usud al-Jabal joined Jaysh al-Fath on Monday.", "2015-05-01");

        var data = await Data("""
            { gone: faction(id: "liwa-usud-al-jabal") { id }
              kept: faction(name: "Liwa Usud al-Jabal") { id memberOf { alliance { id } } } }
            """);
        Assert.Null(data["gone"]);
        Assert.Equal("liwa-thuwar-al-jabal", data["kept"]!["id"]!.GetValue<string>());
        Assert.Equal(["jaysh-al-fath", "levant-front"],
            data["kept"]!["memberOf"]!.AsArray().Select(m => m!["alliance"]!["id"]!.GetValue<string>()).Order().ToArray());
    }
}
