using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace FactionGraph.Api.Tests;

/// <summary>
/// Each test starts from an empty graph. The SQLite store is a new file per test; a Neo4j server is
/// shared, so it is emptied over its own HTTP API before the test (tests run one at a time).
/// </summary>
public static class StoreReset
{
    public static async Task<string> FreshDataPathAsync()
    {
        if (ApiFactory.UsesNeo4j) await EmptyNeo4jAsync();
        return ApiFactory.NewDataPath();
    }

    static async Task EmptyNeo4jAsync()
    {
        var uri = Environment.GetEnvironmentVariable("Neo4j__Uri") ?? throw new InvalidOperationException("FACTIONGRAPH_TEST_STORE=Neo4j needs Neo4j__Uri.");
        var user = Environment.GetEnvironmentVariable("Neo4j__Username") ?? "neo4j";
        var password = Environment.GetEnvironmentVariable("Neo4j__Password") ?? "";
        var database = Environment.GetEnvironmentVariable("Neo4j__Database") ?? "neo4j";
        using var http = new HttpClient { BaseAddress = new Uri(uri) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        var body = new { statements = new[] { new { statement = "MATCH (n) DETACH DELETE n" } } };
        var response = await http.PostAsJsonAsync($"/db/{database}/tx/commit", body);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) response = await http.PostAsJsonAsync("/db/data/transaction/commit", body);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        if (!text.Contains("\"errors\":[]")) throw new InvalidOperationException($"Could not empty Neo4j: {text}");
    }
}
