using System.Net;
using System.Net.Http.Json;

namespace FactionGraph.Api.Tests;

/// <summary>The queue is bounded: when full, submissions get 429 with Retry-After, and nothing queued is lost.</summary>
public sealed class BackpressureTests
{
    [Fact]
    public async Task Full_queue_answers_429_with_retry_after()
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?>
        {
            ["Ingestion:RunWorker"] = "false", // nothing drains the queue in this test
            ["Ingestion:LoadSeed"] = "false",
            ["Ingestion:QueueCapacity"] = "2",
            ["Ingestion:RetryAfterSeconds"] = "7",
        });
        var client = factory.StartClient();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/articles", new { text = $"Liwa Test {i} joined the Army of Conquest." })).StatusCode);
        var full = await client.PostAsJsonAsync("/articles", new { text = "Liwa Test 3 joined the Army of Conquest." });
        Assert.Equal(HttpStatusCode.TooManyRequests, full.StatusCode);
        Assert.Equal("7", full.Headers.GetValues("Retry-After").Single());
        var mutation = await ApiFactory.GraphQLAsync(client, """mutation { ingestArticle(input: { text: "Liwa Test 4 joined the Army of Conquest." }) { job { id } } }""");
        Assert.Equal("QUEUE_FULL", mutation["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var stats = await ApiFactory.GraphQLAsync(client, "{ stats { queued } }");
        Assert.Equal(2, stats["data"]!["stats"]!["queued"]!.GetValue<int>());
    }
}
