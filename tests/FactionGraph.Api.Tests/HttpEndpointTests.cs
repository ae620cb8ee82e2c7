using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace FactionGraph.Api.Tests;

/// <summary>The GraphQL-over-HTTP endpoint: methods, media types, status codes, bad input, limits.</summary>
public sealed class HttpEndpointTests : IAsyncLifetime
{
    ApiFactory factory = null!;
    HttpClient client = null!;

    public async Task InitializeAsync()
    {
        factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?>
        {
            ["GraphQL:MaxDepth"] = "8",
            ["GraphQL:MaxPageSize"] = "50",
            ["GraphQL:MaxRequestBytes"] = "20000",
        });
        client = factory.StartClient();
        await ApiFactory.WaitForIngestionAsync(client);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    async Task<(HttpStatusCode Status, string ContentType, JsonNode Body)> PostAsync(string body, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType!.MediaType!, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    static string Code(JsonNode body) => body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    [Fact]
    public async Task Malformed_query_is_a_400_with_a_message_and_the_service_keeps_serving()
    {
        var (status, type, body) = await PostAsync("""{"query": "{ faction(name: "}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/graphql-response+json", type);
        Assert.Contains("Error parsing query", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(body["data"]);
        var (bad, _, _) = await PostAsync("{not json");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var (ok, _, answer) = await PostAsync("""{"query": "{ stats { articles } }"}""");
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(1, answer["data"]!["stats"]!["articles"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_runs_queries_and_refuses_mutations_with_405()
    {
        var query = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ stats { articles } }"));
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        var mutation = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { addAlias(factionId: \"x\", alias: \"y\") { id } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Contains("POST", mutation.Content.Headers.Allow);
    }

    [Fact]
    public async Task Legacy_json_clients_get_200_with_errors_for_documents_that_cannot_run()
    {
        var (status, type, body) = await PostAsync("""{"query": "{ nope }"}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        Assert.NotNull(body["errors"]);
    }

    [Fact]
    public async Task Over_deep_query_is_refused_with_a_code()
    {
        var (status, _, body) = await PostAsync("""{"query": "{ faction(id: \"jaysh-al-fath\") { members { member { memberOf { alliance { members { member { memberOf { alliance { name } } } } } } } } } }"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("COMPLEXITY", Code(body));
        Assert.Contains("depth", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Page_size_over_the_limit_is_refused_with_a_code()
    {
        var (_, _, body) = await PostAsync("""{"query": "{ factions(first: 51) { totalCount } }"}""");
        Assert.Equal("PAGE_SIZE_EXCEEDED", Code(body));
    }

    [Fact]
    public async Task Body_over_the_limit_is_413_with_a_code()
    {
        var pad = new string('x', 30000);
        var (status, _, body) = await PostAsync("{\"query\": \"{ stats { articles } }\", \"extensions\": {\"pad\": \"" + pad + "\"}}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("REQUEST_TOO_LARGE", Code(body));
    }

    [Fact]
    public async Task Missing_content_type_is_415_and_wrong_parameter_types_are_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("{\"query\":\"{ stats { articles } }\"}"u8.ToArray()) };
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("""{"query": 42}""")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("""{"query": "{ stats { articles } }", "variables": "x"}""")).Status);
    }

    [Fact]
    public async Task Neighborhood_deeper_than_three_is_refused()
    {
        var (_, _, body) = await PostAsync("""{"query": "{ neighborhood(id: \"jaysh-al-fath\", depth: 4) { nodes { id } } }"}""");
        Assert.Equal("BAD_USER_INPUT", Code(body));
    }

    [Fact]
    public async Task Schema_is_served_as_SDL()
    {
        var sdl = await client.GetStringAsync("/graphql/schema.graphql");
        Assert.Contains("type Faction", sdl);
        Assert.Contains("neighborhood(", sdl);
        Assert.Contains("scalar Date", sdl);
    }
}
