using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FactionGraph.Api.Tests;

/// <summary>
/// kill -9 during a burst of submissions, again and again: in the end every accepted article is in
/// the graph exactly once, and the graph equals the one built from the same articles without crashes.
/// </summary>
public sealed class CrashRecoveryTests
{
    const int Articles = 400;
    const int Kills = 5;

    static readonly Dictionary<string, string> Settings = new() { ["Ingestion__LoadSeed"] = "false" };

    static object Article(int i) => new
    {
        text = $"Liwa Raad {i} and the Kataib Nour {i} announced the creation of Jaysh al-Tahrir {i} on Monday. " +
               $"Fighters of the Suqour Brigade {i % 7} shelled positions near the town, activists said.",
        title = $"Burst article {i}",
        publishedAt = $"2016-{1 + i % 12:00}-{1 + i % 28:00}",
    };

    [Fact]
    public async Task Every_accepted_article_is_applied_exactly_once_across_repeated_kill_9()
    {
        var data = await StoreReset.FreshDataPathAsync();
        var port = ApiProcess.FreePort();
        var accepted = new Dictionary<string, int>(); // article id → index of the article
        var pending = new Queue<int>(Enumerable.Range(0, Articles));
        var interrupted = 0;
        var api = await ApiProcess.StartAsync(data, port, Settings);
        try
        {
            for (var round = 0; round <= Kills; round++)
            {
                // Send a burst; in every round but the last, kill -9 the process while it is in flight.
                var burst = Enumerable.Range(0, round == Kills ? pending.Count : Articles / (Kills + 1)).Select(_ => pending.Dequeue()).ToList();
                var posting = burst.Chunk(Math.Max(1, burst.Count / 8)).Select(async chunk =>
                {
                    foreach (var i in chunk)
                    {
                        try
                        {
                            var response = await api.Client.PostAsJsonAsync("/articles", Article(i));
                            if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"Article {i}: {(int)response.StatusCode}");
                            var id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["articleId"]!.GetValue<string>();
                            lock (accepted) accepted[id] = i;
                        }
                        catch (HttpRequestException) { lock (pending) { pending.Enqueue(i); interrupted++; } } // died under us: not accepted, the client retries later
                    }
                }).ToList();
                if (round < Kills)
                {
                    await Task.Delay(Random.Shared.Next(5, 60));
                    api.Kill();
                }
                await Task.WhenAll(posting);
                if (round < Kills) api = await ApiProcess.StartAsync(data, port, Settings);
            }
            Assert.Empty(pending);
            Assert.True(interrupted > 0, "No kill landed in the middle of a burst.");
            await ApiFactory.WaitForIngestionAsync(api.Client, accepted.Count, seconds: 120);
            var stats = (await ApiFactory.GraphQLAsync(api.Client, "{ stats { articles relations evidence factions done failed } }"))["data"]!["stats"]!;
            Assert.Equal(Articles, accepted.Count);
            Assert.Equal(accepted.Count, stats["articles"]!.GetValue<int>());
            Assert.Equal(0, stats["failed"]!.GetValue<int>());
            foreach (var id in accepted.Keys)
            {
                var job = await api.Client.GetFromJsonAsync<JsonObject>($"/articles/jobs/{id}");
                Assert.Equal("DONE", job!["state"]!.GetValue<string>());
            }
            await AssertSameGraphAsWithoutCrashesAsync(accepted, stats);
        }
        finally { api.Dispose(); }
    }

    /// <summary>No half-applied article: the accepted articles applied once, calmly, give the same graph.</summary>
    static async Task AssertSameGraphAsWithoutCrashesAsync(Dictionary<string, int> accepted, JsonNode crashed)
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?> { ["Ingestion:LoadSeed"] = "false" });
        var client = factory.StartClient();
        foreach (var i in accepted.Values.Order())
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/articles", Article(i))).StatusCode);
        await ApiFactory.WaitForIngestionAsync(client, accepted.Count, seconds: 120);
        var calm = (await ApiFactory.GraphQLAsync(client, "{ stats { articles relations evidence factions } }"))["data"]!["stats"]!;
        foreach (var count in new[] { "articles", "relations", "evidence", "factions" })
            Assert.Equal(calm[count]!.GetValue<int>(), crashed[count]!.GetValue<int>());
    }
}
