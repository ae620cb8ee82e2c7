using System.Net;

namespace FactionGraph.Api.Tests;

/// <summary>What browser front ends rely on: CORS from configuration, and a clear error when a query runs too long.</summary>
public sealed class FrontEndTests
{
    [Fact]
    public async Task Cors_allows_configured_origins_only()
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?>
        {
            ["Cors:Origins:0"] = "https://atlas.example.org",
            ["Ingestion:LoadSeed"] = "false",
        });
        var client = factory.StartClient();
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
            return await client.SendAsync(request);
        }
        var allowed = await Preflight("https://atlas.example.org");
        Assert.Equal("https://atlas.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var other = await Preflight("https://evil.example.com");
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Query_over_the_execution_timeout_gets_a_timeout_error()
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?>
        {
            ["GraphQL:ExecutionTimeout"] = "00:00:00.300",
            ["Ingestion:LoadSeed"] = "false",
        }, services => StoreCallCounter.Install(services, readDelay: TimeSpan.FromSeconds(5)));
        var client = factory.StartClient();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var answer = await ApiFactory.GraphQLAsync(client, """{ path(from: "a", to: "b", maxHops: 6) { hops } stats { factions } }""");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"The request ran {clock.Elapsed} although every store read takes 5 s.");
        Assert.True(answer["errors"] is not null, ApiFactory.Json(answer));
        Assert.Equal("TIMEOUT", answer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("timeout", answer["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
