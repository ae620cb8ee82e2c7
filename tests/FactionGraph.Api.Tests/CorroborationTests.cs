using System.Text.Json.Nodes;

namespace FactionGraph.Api.Tests;

/// <summary>
/// An edge is corroborated by sources, not sentences: articles are read through the real ingestion path
/// (GraphQL, queue, worker, extraction, store) and the edge's counts read back over HTTP.
/// </summary>
public sealed class CorroborationTests : IAsyncLifetime
{
    ApiFactory factory = null!;
    HttpClient client = null!;

    // Says the same membership twice: two pieces of evidence, one article.
    const string Original = "Jaysh al-Islam joined the Islamic Front in November 2013, its commander said. " +
        "Fighters of the group were seen near Douma on Tuesday, residents said, as shelling resumed in the eastern suburbs. " +
        "Jaysh al-Islam joined the Islamic Front after weeks of talks, a spokesman confirmed later in a statement.";

    // The same report republished with a comma added and one word changed.
    const string NearCopy = "Jaysh al-Islam joined the Islamic Front in November 2013, its commander said. " +
        "Fighters of the group were seen near Douma on Wednesday, residents said, as shelling resumed in the eastern suburbs. " +
        "Jaysh al-Islam joined the Islamic Front, after weeks of talks, a spokesman confirmed later in a statement.";

    // Another outlet's own report of the same fact.
    const string Independent = "Rebel sources in Ghouta told reporters on Friday that Jaysh al-Islam joined the Islamic Front, " +
        "describing a long-awaited step by the largest armed group in the area toward unity with its northern rivals.";

    public async Task InitializeAsync()
    {
        factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?> { ["Ingestion:LoadSeed"] = "false" });
        client = factory.StartClient();
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    async Task<JsonNode> IngestAsync(string text, string outlet, string url)
    {
        var answer = await ApiFactory.GraphQLAsync(client, """
            mutation($text: String!, $outlet: String!, $url: String!) {
              ingestArticle(input: { text: $text, outlet: $outlet, url: $url, publishedAt: "2013-11-22" }) { job { state } article { id repeats { id } } } }
            """, new { text, outlet, url });
        Assert.Null(answer["errors"]);
        Assert.Equal("DONE", answer["data"]!["ingestArticle"]!["job"]!["state"]!.GetValue<string>());
        return answer["data"]!["ingestArticle"]!["article"]!;
    }

    async Task<(int Sentences, int Articles, int Outlets)> MembershipAsync()
    {
        var answer = await ApiFactory.GraphQLAsync(client, """
            { faction(id: "islamic-front") { members { member { id } assertingCount assertingArticles assertingOutlets denyingArticles denyingOutlets } } }
            """);
        Assert.Null(answer["errors"]);
        var edge = Assert.Single(answer["data"]!["faction"]!["members"]!.AsArray(), m => m!["member"]!["id"]!.GetValue<string>() == "jaysh-al-islam")!;
        Assert.Equal((0, 0), (edge["denyingArticles"]!.GetValue<int>(), edge["denyingOutlets"]!.GetValue<int>()));
        return (edge["assertingCount"]!.GetValue<int>(), edge["assertingArticles"]!.GetValue<int>(), edge["assertingOutlets"]!.GetValue<int>());
    }

    [Fact]
    public async Task Two_sentences_and_a_near_copy_are_one_source_and_another_outlets_report_is_a_second()
    {
        var original = await IngestAsync(Original, "Levant Wire", "https://levantwire.example/douma");
        Assert.Null(original["repeats"]);
        var first = await MembershipAsync();
        Assert.Equal(2, first.Sentences);
        Assert.Equal((1, 1), (first.Articles, first.Outlets));

        var copy = await IngestAsync(NearCopy, "Copy Desk Daily", "https://copydesk.example/douma-report");
        Assert.NotEqual(original["id"]!.GetValue<string>(), copy["id"]!.GetValue<string>()); // a different text, so a different article
        Assert.Equal(original["id"]!.GetValue<string>(), copy["repeats"]!["id"]!.GetValue<string>());
        var copied = await MembershipAsync();
        Assert.True(copied.Sentences > first.Sentences, "the copy's sentences are still there as evidence");
        Assert.Equal((1, 1), (copied.Articles, copied.Outlets));

        var independent = await IngestAsync(Independent, "Ghouta Monitor", "https://ghouta.example/unity");
        Assert.Null(independent["repeats"]);
        var corroborated = await MembershipAsync();
        Assert.Equal((2, 2), (corroborated.Articles, corroborated.Outlets));
    }
}
