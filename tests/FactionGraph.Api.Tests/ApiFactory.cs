using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FactionGraph.Api.Tests;

/// <summary>
/// The real API host on Kestrel over a real store. The store is the embedded SQLite file in a temp
/// folder, or Neo4j when FACTIONGRAPH_TEST_STORE=Neo4j (with Neo4j__Uri/Username/Password set),
/// so the same end-to-end tests prove both.
/// </summary>
public sealed class ApiFactory(string dataPath, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public string DataPath { get; } = dataPath;

    public static string NewDataPath() => Directory.CreateTempSubdirectory("factiongraph-test-").FullName;

    public static bool UsesNeo4j => string.Equals(Environment.GetEnvironmentVariable("FACTIONGRAPH_TEST_STORE"), "Neo4j", StringComparison.OrdinalIgnoreCase);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Path", DataPath);
        builder.UseSetting("Storage:Provider", UsesNeo4j ? "Neo4j" : "Embedded");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureServices(services);
    }

    /// <summary>Starts the host on a free loopback port and returns a client for it.</summary>
    public HttpClient StartClient()
    {
        UseKestrel(0);
        StartServer();
        return CreateClient();
    }

    public static async Task<JsonNode> GraphQLAsync(HttpClient client, string query, object? variables = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) ?? throw new InvalidOperationException($"Empty GraphQL answer ({(int)response.StatusCode}).");
    }

    /// <summary>Waits until the ingestion queue is empty and at least <paramref name="done"/> jobs are done.</summary>
    public static async Task WaitForIngestionAsync(HttpClient client, int done = 1, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            var stats = (await GraphQLAsync(client, "{ stats { queued done failed } }"))["data"]!["stats"]!;
            if (stats["queued"]!.GetValue<int>() == 0 && stats["done"]!.GetValue<int>() + stats["failed"]!.GetValue<int>() >= done) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("Ingestion did not finish in time.");
    }

    public static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
