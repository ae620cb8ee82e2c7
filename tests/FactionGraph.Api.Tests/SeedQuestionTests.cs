using System.Text.Json.Nodes;

namespace FactionGraph.Api.Tests;

/// <summary>The foundation's promise: start on an empty store, the seed loads, the seed question is answered, a restart changes nothing.</summary>
public sealed class SeedQuestionTests
{
    const string SeedQuestion = """
        { faction(name: "Army of Conquest") { name kind aliases members { member { name } evidence { quote article { title publishedAt } } } } }
        """;

    static readonly string[] SevenMembers =
        ["Ahrar al-Sham", "Ajnad al-Sham", "Faylaq al-Sham", "Jund al-Aqsa", "Liwa al-Haqq", "Nusra Front", "Suqour al-Sham"];

    [Fact]
    public async Task Seed_question_names_the_seven_members_with_evidence_and_a_restart_changes_nothing()
    {
        var path = await StoreReset.FreshDataPathAsync();
        JsonNode first, firstStats;
        await using (var factory = new ApiFactory(path))
        {
            var client = factory.StartClient();
            // No waiting: start-up applies the seed before the server answers, so the very first query sees it.
            first = await ApiFactory.GraphQLAsync(client, SeedQuestion);
            firstStats = (await ApiFactory.GraphQLAsync(client, "{ stats { factions relations articles evidence } }"))["data"]!["stats"]!;
        }
        AssertSeedAnswer(first);
        await using (var factory = new ApiFactory(path))
        {
            var client = factory.StartClient();
            await Task.Delay(500); // give a (wrong) second seed load the chance to happen
            await ApiFactory.WaitForIngestionAsync(client);
            var again = await ApiFactory.GraphQLAsync(client, SeedQuestion);
            var stats = (await ApiFactory.GraphQLAsync(client, "{ stats { factions relations articles evidence } }"))["data"]!["stats"]!;
            AssertSeedAnswer(again);
            Assert.Equal(ApiFactory.Json(firstStats), ApiFactory.Json(stats));
            Assert.Equal(ApiFactory.Json(first), ApiFactory.Json(again));
        }
    }

    static void AssertSeedAnswer(JsonNode answer)
    {
        Assert.Null(answer["errors"]);
        var faction = answer["data"]!["faction"]!;
        Assert.Equal("Jaysh al-Fath", faction["name"]!.GetValue<string>());
        Assert.Equal("ALLIANCE", faction["kind"]!.GetValue<string>());
        Assert.Contains("Army of Conquest", faction["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        var members = faction["members"]!.AsArray();
        Assert.Equal(SevenMembers, members.Select(m => m!["member"]!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        foreach (var member in members)
        {
            var evidence = member!["evidence"]!.AsArray();
            Assert.NotEmpty(evidence);
            Assert.Contains(evidence, e => e!["quote"]!.GetValue<string>().StartsWith("The alliance includes the al-Qaeda-linked Nusra Front"));
            Assert.All(evidence, e =>
            {
                Assert.Equal("2015-03-26", e!["article"]!["publishedAt"]!.GetValue<string>());
                Assert.Equal("Syrian regime forces 'collapsing' as rebels press Idlib offensive", e["article"]!["title"]!.GetValue<string>());
            });
        }
    }

    [Theory]
    [InlineData("Army of Conquest")]
    [InlineData("Jaish al-Fatah")]
    [InlineData("jaysh al fath")]
    [InlineData("JAYSH AL-FATḤ")]
    [InlineData("Jaysh al Fatah")]
    public async Task Faction_by_name_matches_any_alias_ignoring_case_diacritics_and_transliteration(string name)
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync());
        var client = factory.StartClient();
        await ApiFactory.WaitForIngestionAsync(client);
        var answer = await ApiFactory.GraphQLAsync(client, "query($n: String) { faction(name: $n) { id name } }", new { n = name });
        Assert.Equal("jaysh-al-fath", answer["data"]!["faction"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_name_answers_null_not_an_error()
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync());
        var client = factory.StartClient();
        await ApiFactory.WaitForIngestionAsync(client);
        var answer = await ApiFactory.GraphQLAsync(client, """{ faction(name: "Brigade of Nobody Ever") { id } }""");
        Assert.Null(answer["errors"]);
        Assert.Null(answer["data"]!["faction"]);
    }
}
