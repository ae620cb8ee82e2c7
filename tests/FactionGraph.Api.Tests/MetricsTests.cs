using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace FactionGraph.Api.Tests;

/// <summary>GET /metrics: Prometheus's text format, whose ingestion and GraphQL series move when an article is read.</summary>
public sealed partial class MetricsTests
{
    const string Article = "Liwa Metrics joined the Army of Conquest in March 2015, the alliance said.";

    [Fact]
    public async Task Counters_move_when_an_article_is_ingested_and_queries_run()
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?> { ["Ingestion:LoadSeed"] = "false" });
        var client = factory.StartClient();
        var before = await ScrapeAsync(client);

        var answer = await ApiFactory.GraphQLAsync(client, "mutation MetricsIngest($t: String!) { ingestArticle(input: { text: $t }) { job { state } addedRelations } }", new { t = Article });
        Assert.Equal("DONE", answer["data"]!["ingestArticle"]!["job"]!["state"]!.GetValue<string>());
        var relations = answer["data"]!["ingestArticle"]!["addedRelations"]!.GetValue<int>();
        Assert.True(relations > 0, ApiFactory.Json(answer));
        await ApiFactory.GraphQLAsync(client, "query MetricsProbe { stats { factions } }");

        // The exporter caches a scrape for a moment: ask until the new figures show (or give up).
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string after;
        do { await Task.Delay(400); after = await ScrapeAsync(client); }
        while (Value(after, "factiongraph_ingestion_relations_written_total") < Value(before, "factiongraph_ingestion_relations_written_total") + relations && DateTime.UtcNow < deadline);

        Assert.True(Value(after, "factiongraph_ingestion_articles_accepted_total") >= Value(before, "factiongraph_ingestion_articles_accepted_total") + 1, after);
        Assert.True(Value(after, "factiongraph_ingestion_articles_applied_total") >= Value(before, "factiongraph_ingestion_articles_applied_total") + 1, after);
        Assert.True(Value(after, "factiongraph_ingestion_relations_written_total") >= Value(before, "factiongraph_ingestion_relations_written_total") + relations, after);
        Assert.True(Value(after, "factiongraph_ingestion_extraction_duration_seconds_count") >= Value(before, "factiongraph_ingestion_extraction_duration_seconds_count") + 1, after);
        Assert.Matches(@"factiongraph_graphql_request_duration_seconds_count\{[^}]*graphql_operation_name=""MetricsIngest""", after);
        Assert.Matches(@"factiongraph_graphql_request_duration_seconds_count\{[^}]*graphql_operation_name=""MetricsProbe""", after);
        Assert.Contains("factiongraph_ingestion_queue_depth", after);
        Assert.Contains("factiongraph_ingestion_queue_oldest_job_age_seconds", after);
        Assert.Contains("http_server_request_duration_seconds", after);
        Assert.Contains("dotnet_gc_collections", after);
        if (ApiFactory.UsesNeo4j)
            Assert.True(Value(after, "factiongraph_store_round_trips_total") > Value(before, "factiongraph_store_round_trips_total"), after);
    }

    [Fact]
    public async Task The_metrics_endpoint_can_be_switched_off()
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?>
        {
            ["Ingestion:LoadSeed"] = "false",
            ["Telemetry:MetricsEndpoint"] = "false",
        });
        var client = factory.StartClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
    }

    static async Task<string> ScrapeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a series over all its label sets; 0 when it is not there yet.</summary>
    static double Value(string exposition, string series) =>
        Sample().Matches(exposition).Where(m => m.Groups["name"].Value == series)
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (?<value>[-+0-9.eE]+|NaN)( \d+)?$", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
