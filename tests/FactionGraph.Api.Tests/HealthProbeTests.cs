using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FactionGraph.Api.Tests;

/// <summary>/health/live and /health/ready as orchestrators read them; /health keeps its shape.</summary>
public sealed class HealthProbeTests
{
    [Fact]
    public async Task Live_and_ready_report_each_check()
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?> { ["Ingestion:LoadSeed"] = "false" });
        var client = factory.StartClient();

        var (liveStatus, live) = await GetAsync(client, "/health/live");
        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("Healthy", live["status"]!.GetValue<string>());

        var (readyStatus, ready) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("Healthy", ready["status"]!.GetValue<string>());
        foreach (var check in new[] { "store", "queue", "worker" })
            Assert.Equal("Healthy", ready["checks"]![check]!["status"]!.GetValue<string>());
        Assert.Equal(ApiFactory.UsesNeo4j ? "Neo4j" : "Embedded", ready["checks"]!["store"]!["data"]!["store"]!.GetValue<string>());

        var (oldStatus, old) = await GetAsync(client, "/health");
        Assert.Equal(HttpStatusCode.OK, oldStatus);
        Assert.Equal("ok", old["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Not_ready_while_the_queue_is_at_its_bound_and_no_worker_check_without_a_worker()
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?>
        {
            ["Ingestion:LoadSeed"] = "false",
            ["Ingestion:RunWorker"] = "false", // nothing drains the queue
            ["Ingestion:QueueCapacity"] = "1",
        });
        var client = factory.StartClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/ready")).Status);

        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/articles", new { text = "Liwa Ready joined the Army of Conquest." })).StatusCode);

        var (status, ready) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", ready["status"]!.GetValue<string>());
        Assert.Equal("Unhealthy", ready["checks"]!["queue"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", ready["checks"]!["store"]!["status"]!.GetValue<string>());
        Assert.Null(ready["checks"]!["worker"]);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);
    }

    static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
