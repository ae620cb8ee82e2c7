using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FactionGraph.Api.Tests;

/// <summary>The ways in (POST /articles, the inbox) accept good articles and refuse bad ones clearly, losing nothing.</summary>
public sealed class IngestionInputTests : IAsyncLifetime
{
    ApiFactory factory = null!;
    HttpClient client = null!;
    string inbox = null!;

    const string Good = "Faylaq al-Sham and the Nour al-Din al-Zenki Movement announced the creation of a joint operations room named Fatah Halab.";

    public async Task InitializeAsync()
    {
        var data = await StoreReset.FreshDataPathAsync();
        inbox = Path.Combine(data, "inbox");
        factory = new ApiFactory(data, new Dictionary<string, string?>
        {
            ["Ingestion:InboxPath"] = inbox,
            ["Ingestion:MaxArticleBytes"] = "5000",
        });
        client = factory.StartClient();
        await ApiFactory.WaitForIngestionAsync(client);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    async Task<(HttpStatusCode Status, JsonNode? Body)> Post(HttpContent content, string query = "")
    {
        var response = await client.PostAsync("/articles" + query, content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    [Fact]
    public async Task Accepted_article_gets_202_and_a_job_that_ends_done()
    {
        var (status, body) = await Post(JsonContent.Create(new { text = Good, title = "Aleppo room", publishedAt = "2015-04-26", outlet = "Wire" }));
        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = body!["jobId"]!.GetValue<string>();
        await ApiFactory.WaitForIngestionAsync(client, 2);
        var job = await client.GetFromJsonAsync<JsonObject>($"/articles/jobs/{id}");
        Assert.Equal("DONE", job!["state"]!.GetValue<string>());
        var (plain, plainBody) = await Post(new StringContent(Good + " Again.", Encoding.UTF8, "text/plain"), "?title=Plain&publishedAt=2015-04-27");
        Assert.Equal(HttpStatusCode.Accepted, plain);
        var (again, againBody) = await Post(JsonContent.Create(new { text = Good }));
        Assert.Equal(HttpStatusCode.Accepted, again);
        Assert.Equal("ALREADY_KNOWN", againBody!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/jobs/art-nothing")).StatusCode);
        var graphql = await ApiFactory.GraphQLAsync(client, $$"""{ ingestionJob(id: "{{plainBody!["jobId"]}}") { id state } }""");
        Assert.NotNull(graphql["data"]!["ingestionJob"]);
    }

    [Theory]
    [InlineData("application/json", """{"text": ""}""", 400, "EMPTY_TEXT")]
    [InlineData("application/json", """{"text": "x", "publishedAt": "26 March 2015"}""", 400, "INVALID_DATE")]
    [InlineData("application/json", """{"text": 42}""", 400, "WRONG_FIELD_TYPE")]
    [InlineData("application/json", """{"text": "x",""", 400, "MALFORMED_JSON")]
    [InlineData("application/json", """["text"]""", 400, "MALFORMED_JSON")]
    [InlineData("text/plain", "bad\u0000binary", 400, "BINARY_TEXT")]
    [InlineData("application/xml", "<a/>", 415, "UNSUPPORTED_MEDIA_TYPE")]
    public async Task Bad_submissions_are_refused_with_a_reason(string mediaType, string body, int status, string code)
    {
        var before = ApiFactory.Json((await ApiFactory.GraphQLAsync(client, "{ stats { articles factions relations } }"))["data"]!);
        var (actual, answer) = await Post(new StringContent(body, Encoding.UTF8, mediaType));
        Assert.Equal(status, (int)actual);
        Assert.Equal(code, answer!["error"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(answer["error"]!["message"]!.GetValue<string>()));
        Assert.Equal(before, ApiFactory.Json((await ApiFactory.GraphQLAsync(client, "{ stats { articles factions relations } }"))["data"]!));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Oversized_and_invalid_utf8_bodies_are_refused()
    {
        var (big, bigAnswer) = await Post(JsonContent.Create(new { text = new string('a', 6000) }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big);
        Assert.Equal("TOO_LARGE", bigAnswer!["error"]!["code"]!.GetValue<string>());
        var (utf8, utf8Answer) = await Post(new ByteArrayContent([0x48, 0xC3, 0x28, 0x21]) { Headers = { ContentType = new("text/plain") } });
        Assert.Equal(HttpStatusCode.BadRequest, utf8);
        Assert.Equal("INVALID_UTF8", utf8Answer!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Inbox_takes_good_files_and_sets_bad_ones_aside_with_a_reason()
    {
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "good.txt"), Good);
        await File.WriteAllTextAsync(Path.Combine(inbox, "good.json"), """{"publishedAt": "2015-04-26", "title": "Sidecar title"}""");
        await File.WriteAllTextAsync(Path.Combine(inbox, "other.json"), """{"text": "Jaysh al-Islam joined the Islamic Front in 2013.", "publishedAt": "2013-11-22"}""");
        await File.WriteAllTextAsync(Path.Combine(inbox, "wrong.json"), """{"text": ["not", "a", "string"]}""");
        await File.WriteAllBytesAsync(Path.Combine(inbox, "binary.txt"), [0x00, 0x01, 0xFF, 0xFE]);
        await File.WriteAllTextAsync(Path.Combine(inbox, "empty.txt"), "");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Directory.EnumerateFiles(inbox).Any() && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Empty(Directory.EnumerateFiles(inbox));
        Assert.Equal(["good.json", "good.txt", "other.json"], Directory.EnumerateFiles(Path.Combine(inbox, "accepted")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var rejected = Path.Combine(inbox, "rejected");
        Assert.StartsWith("WRONG_FIELD_TYPE", await File.ReadAllTextAsync(Path.Combine(rejected, "wrong.json.reason.txt")));
        Assert.StartsWith("INVALID_UTF8", await File.ReadAllTextAsync(Path.Combine(rejected, "binary.txt.reason.txt")));
        Assert.StartsWith("EMPTY_TEXT", await File.ReadAllTextAsync(Path.Combine(rejected, "empty.txt.reason.txt")));
        await ApiFactory.WaitForIngestionAsync(client, 3);
        var titles = await ApiFactory.GraphQLAsync(client, "{ articles { nodes { title publishedAt } } }");
        Assert.Contains(titles["data"]!["articles"]!["nodes"]!.AsArray(), a => a!["title"]!.GetValue<string>() == "Sidecar title");
    }
}
