using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace FactionGraph.Api.Tests;

/// <summary>The explorer and GraphiQL are served by the API itself; GraphQL clients at /graphql see no difference.</summary>
public sealed class ExplorerPageTests : IAsyncLifetime
{
    ApiFactory factory = null!;
    HttpClient client = null!;

    public async Task InitializeAsync()
    {
        factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?> { ["Ingestion:LoadSeed"] = "false" });
        client = factory.StartClient();
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task The_explorer_page_and_its_bundle_are_served_with_a_script_policy()
    {
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("src=\"/explorer.js\"", html);
        using var bundle = await client.GetAsync("/explorer.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_browser_at_graphql_gets_graphiql_and_api_clients_keep_getting_graphql()
    {
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        browser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var ide = await client.SendAsync(browser);
        Assert.Equal(HttpStatusCode.OK, ide.StatusCode);
        Assert.Equal("text/html", ide.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/graphiql/graphiql.js", await ide.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/graphiql/graphiql.js")).StatusCode);

        using var api = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        api.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var answer = await client.SendAsync(api);
        Assert.Equal("application/graphql-response+json", answer.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Query", JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["data"]!["__typename"]!.GetValue<string>());
        using var anyType = await client.GetAsync("/graphql?query=%7B__typename%7D");
        Assert.Equal("Query", JsonNode.Parse(await anyType.Content.ReadAsStringAsync())!["data"]!["__typename"]!.GetValue<string>());
    }
}
