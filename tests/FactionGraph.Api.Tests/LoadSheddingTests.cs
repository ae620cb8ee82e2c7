using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace FactionGraph.Api.Tests;

/// <summary>
/// Past Load:MaxConcurrentRequests (and as many waiting) a request is refused at once with 503 OVERLOADED,
/// while /health still answers. The store is made slow so the first request holds its place for a while.
/// </summary>
public sealed class LoadSheddingTests : IAsyncLifetime
{
    ApiFactory factory = null!;
    HttpClient client = null!;
    ConcurrentDictionary<string, int> calls = null!;

    public async Task InitializeAsync()
    {
        factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?>
        {
            ["Ingestion:LoadSeed"] = "false",
            ["Load:MaxConcurrentRequests"] = "1",
            ["Load:QueueWait"] = "00:00:00.05",
            ["GraphQL:ResultCacheEntries"] = "0",
        }, services => calls = StoreCallCounter.Install(services, readDelay: TimeSpan.FromSeconds(3)));
        client = factory.StartClient();
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Beyond_the_limit_requests_are_refused_at_once_and_health_still_answers()
    {
        calls.Clear();
        var holding = ApiFactory.GraphQLAsync(client, "{ stats { factions } }"); // takes the one place for 3 s (slow store)
        for (var waited = 0; calls.GetValueOrDefault("GetStatsAsync") == 0 && waited < 200; waited++) await Task.Delay(25);
        Assert.Equal(1, calls.GetValueOrDefault("GetStatsAsync"));

        // Beyond the limit a request waits 50 ms for the place, then is refused with 503 OVERLOADED, GraphQL and REST alike.
        var graphql = await client.PostAsync("/graphql", new StringContent("""{"query":"{ stats { factions } }"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, graphql.StatusCode);
        Assert.Equal("1", graphql.Headers.RetryAfter!.ToString());
        Assert.Equal("OVERLOADED", JsonNode.Parse(await graphql.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var rest = await client.GetAsync("/articles/jobs/art-none");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, rest.StatusCode);
        Assert.Equal("OVERLOADED", JsonNode.Parse(await rest.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode); // not held back (slow store: answers in 3 s)

        Assert.Null((await holding)["errors"]);
        Assert.Null((await ApiFactory.GraphQLAsync(client, "{ stats { factions } }"))["errors"]); // the place is free again
        Assert.Equal(3, calls.GetValueOrDefault("GetStatsAsync")); // the refused requests never reached the store
    }
}
