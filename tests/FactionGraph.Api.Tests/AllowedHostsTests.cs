using System.Net;
using System.Text.Json.Nodes;

namespace FactionGraph.Api.Tests;

/// <summary>The Host check over real HTTP: configured names and subdomain patterns, and loopback when nothing is set.</summary>
public sealed class AllowedHostsTests
{
    static async Task<(HttpStatusCode Status, string Body)> AskAsync(HttpClient client, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = host;
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Configured_names_and_subdomain_patterns_are_answered_and_others_refused_with_a_code()
    {
        await using var factory = new ApiFactory(ApiFactory.NewDataPath(), new Dictionary<string, string?> { ["AllowedHosts"] = "*.example.org; graph.internal" });
        var client = factory.StartClient();
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, "maps.example.org")).Status);
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, "MAPS.Example.org:8443")).Status);
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, "graph.internal")).Status);
        foreach (var foreign in new[] { "example.org", "evilexample.org", "example.org.evil.test", "localhost" })
        {
            var (status, body) = await AskAsync(client, foreign);
            Assert.True(status == HttpStatusCode.BadRequest, $"{foreign}: {status}");
            Assert.Equal("HOST_NOT_ALLOWED", JsonNode.Parse(body)!["error"]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Without_a_setting_only_loopback_names_are_answered()
    {
        await using var factory = new ApiFactory(ApiFactory.NewDataPath(), new Dictionary<string, string?> { ["AllowedHosts"] = "" });
        var client = factory.StartClient();
        foreach (var loopback in new[] { "localhost", "127.0.0.1:5080", "[::1]:5080" })
            Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, loopback)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await AskAsync(client, "rebound.attacker.test")).Status);
    }
}
