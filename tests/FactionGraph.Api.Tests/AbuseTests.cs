using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactionGraph.Api.Tests;

/// <summary>One service (the shipped limits, no API key: loopback writes) that every hostile request of the suite is sent to.</summary>
public sealed class AbuseService : IAsyncLifetime
{
    public ApiFactory Factory { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        Factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?>
        {
            ["GraphQL:ExecutionTimeout"] = "00:00:05",
            ["GraphQL:ResultCacheEntries"] = "0",
            // Tightened from the shipped 200,000 values and 10 MB so the small seed graph can reach them.
            ["GraphQL:MaxResolvedFields"] = "10000",
            ["GraphQL:MaxResponseBytes"] = "100000",
        });
        Client = Factory.StartClient();
        Client.Timeout = TimeSpan.FromSeconds(30);
        Port = Client.BaseAddress!.Port;
        await ApiFactory.WaitForIngestionAsync(Client);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>
/// The abuse suite: each kind of hostile request gets its status and code, within a time bound and a bound on
/// the server's memory growth, while /health keeps answering; and the graph is unchanged by it.
/// </summary>
public sealed class AbuseTests(AbuseService service) : IClassFixture<AbuseService>
{
    /// <summary>A hostile request: built as an HTTP message, or sent as raw bytes for framing a client library would not send.</summary>
    public sealed record Hostile(int Status, string? Code, Func<HttpRequestMessage>? Build = null, byte[]? Raw = null);

    const string Nbh = "neighborhood(id: \\\"jaysh-al-fath\\\", depth: 3, limit: 2000) { nodes { id name } edges { type } }";

    static HttpRequestMessage GraphQL(string jsonBody, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(jsonBody)) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (origin is not null) request.Headers.Add("Origin", origin);
        return request;
    }

    static HttpRequestMessage Query(string query, object? variables = null, string? origin = null) =>
        GraphQL(JsonSerializer.Serialize(new { query, variables }), origin);

    static HttpRequestMessage RawGraphQL(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        return request;
    }

    static HttpRequestMessage Article(string json, string? origin = null, string mediaType = "application/json") =>
        Article(Encoding.UTF8.GetBytes(json), origin, mediaType);

    static HttpRequestMessage Article(byte[] body, string? origin = null, string mediaType = "application/json", string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/articles" + query) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new(mediaType);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return request;
    }

    static string Many(int count, Func<int, string> field) => "{ " + string.Join(" ", Enumerable.Range(0, count).Select(field)) + " }";

    static string FragmentChain(int levels) =>
        "query { ...F0 }\n" + string.Join("\n", Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"))
        + $"\nfragment F{levels} on Query {{ stats {{ articles }} }}";

    static string Nested(int memberships) => "{ faction(id: \"jaysh-al-fath\") { " + string.Concat(Enumerable.Repeat("members { member { ", memberships)) + "id" + new string('}', memberships * 2 + 2);

    static byte[] Chunked(string path, string contentType, string chunks) =>
        Encoding.ASCII.GetBytes($"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {contentType}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{chunks}");

    static readonly byte[] InvalidUtf8 = [0xC3, 0x28, 0xFF, 0xFE];

    static byte[] Splice(string before, byte[] middle, string after) => [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];

    const string Good = "Faylaq al-Sham announced that it joined Jaysh al-Fath.";

    public static readonly Dictionary<string, Hostile> Cases = new()
    {
        // Query shapes that hung the server before every stage ran under the deadline and the budgets.
        ["2000 overlapping aliases of one field"] = new(400, "QUERY_TOO_LARGE", () => Query(Many(2000, i => $"x: faction(name: \"n{i}\") {{ id }}"))),
        ["1000 short overlapping aliases"] = new(400, "TOO_MANY_ALIASES", () => Query(Many(1000, _ => "x:stats{articles}"))),
        ["100 conflicting fields of one name"] = new(400, "TOO_MANY_SAME_NAME_FIELDS", () => Query(Many(100, i => $"faction(id:\"f{i}\"){{id}}"))),
        ["20 conflicting fields of one name (the rule runs, quickly)"] = new(400, "OVERLAPPING_FIELDS_CAN_BE_MERGED", () => Query(Many(20, i => $"faction(id:\"f{i}\"){{id}}"))),
        ["fragments spreading the next twice, 60 levels"] = new(400, "TOO_MANY_SELECTIONS", () => Query(FragmentChain(60))),
        ["fragments spreading the next twice, 12 levels"] = new(400, "TOO_MANY_SELECTIONS", () => Query(FragmentChain(12))),
        ["30000 identical fields"] = new(400, "QUERY_TOO_LARGE", () => Query(Many(30_000, _ => "stats { articles }"))),
        ["1100 identical fields under the length limit"] = new(400, "TOO_MANY_SELECTIONS", () => Query(Many(1100, _ => "stats{articles}"))),
        ["300 aliases"] = new(400, "TOO_MANY_ALIASES", () => Query(Many(300, i => $"a{i}:stats{{articles}}"))),
        ["7000 aliases of a depth-3 neighbourhood"] = new(400, "QUERY_TOO_LARGE", () => Query(Many(7000, i => $"a{i}: neighborhood(id: \"jaysh-al-fath\", depth: 3) {{ nodes {{ id }} }}"))),
        ["100 aliases of a 2000-node neighbourhood"] = new(400, "COMPLEXITY", () => Query(Many(100, i => $"a{i}: neighborhood(id: \"jaysh-al-fath\", depth: 3, limit: 2000) {{ nodes {{ id name }} edges {{ type }} }}"))),
        ["30 aliases of the whole schema"] = new(400, "RESULT_TOO_LARGE", () => Query(Many(30, i => $"a{i}: __schema {{ types {{ name fields {{ name args {{ name }} }} }} }}"))),
        ["an answer over the byte limit"] = new(400, "RESPONSE_TOO_LARGE", () => Query(Many(20, i => $"a{i}: __schema {{ types {{ name description fields {{ name description }} }} }}"))),
        ["190 erroring fields"] = new(200, "TOO_MANY_ERRORS", () => Query(Many(190, i => $"a{i}: faction {{ id }}"))),
        ["nesting past the parser's depth"] = new(400, "SYNTAX_ERROR", () => Query(new string('{', 1) + string.Concat(Enumerable.Repeat("a { ", 200)) + "b" + new string('}', 201))),
        ["list argument nested 500 deep"] = new(400, "SYNTAX_ERROR", () => Query("{ faction(id: " + new string('[', 500) + new string(']', 500) + ") { id } }")),
        ["query deeper than the depth limit"] = new(400, "COMPLEXITY", () => Query(Nested(8))),
        ["fragment cycle"] = new(400, "NO_FRAGMENT_CYCLES", () => Query("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }")),
        ["unknown fragment"] = new(400, "KNOWN_FRAGMENT_NAMES", () => Query("query { ...Nope }")),
        ["unknown field"] = new(400, "FIELDS_ON_CORRECT_TYPE", () => Query("{ nope }")),
        ["malformed query"] = new(400, "SYNTAX_ERROR", () => Query("{ faction(name: ")),
        ["two operations, no name"] = new(400, "NO_OPERATION_NAME", () => Query("query A { stats { articles } } query B { stats { factions } }")),
        ["body over the request limit"] = new(413, "REQUEST_TOO_LARGE", () => Query("{ stats { articles } }", new { pad = new string('x', 1_200_000) })),
        // Encodings and framing.
        ["lone surrogate in a GraphQL string"] = new(400, "INVALID_ENCODING", () => GraphQL("{\"query\":\"{ faction(name: \\\"\\ud800\\\") { id } }\"}")),
        ["lone low surrogate in a variable"] = new(400, "INVALID_ENCODING", () => GraphQL("{\"query\":\"query($n: String) { faction(name: $n) { id } }\",\"variables\":{\"n\":\"\\udc00x\"}}")),
        ["invalid UTF-8 in a GraphQL string"] = new(400, "INVALID_ENCODING", () => RawGraphQL(Splice("{\"query\":\"{ faction(name: \\\"", InvalidUtf8, "\\\") { id } }\"}"))),
        ["invalid UTF-8 in a variable"] = new(400, "INVALID_ENCODING", () => RawGraphQL(Splice("{\"query\":\"query($n: String) { faction(name: $n) { id } }\",\"variables\":{\"n\":\"", InvalidUtf8, "\"}}"))),
        ["body that is not JSON"] = new(400, "INVALID_REQUEST", () => GraphQL("{not json")),
        ["JSON array body"] = new(400, "INVALID_REQUEST", () => GraphQL("[1,2]")),
        ["query that is a number"] = new(400, "INVALID_REQUEST", () => GraphQL("{\"query\": 42}")),
        ["variables that are a string"] = new(400, "INVALID_REQUEST", () => GraphQL("{\"query\": \"{ stats { articles } }\", \"variables\": \"x\"}")),
        ["wrong content type"] = new(415, "INVALID_REQUEST", () => { var r = Query("{ stats { articles } }"); r.Content!.Headers.ContentType = new("text/plain"); return r; }),
        ["latin-1 charset"] = new(415, "INVALID_REQUEST", () => { var r = Query("{ stats { articles } }"); r.Content!.Headers.ContentType = new("application/json") { CharSet = "latin1" }; return r; }),
        ["unacceptable Accept"] = new(406, "INVALID_REQUEST", () => { var r = Query("{ stats { articles } }"); r.Headers.Accept.Clear(); r.Headers.Accept.ParseAdd("image/png"); return r; }),
        ["mutation by GET"] = new(405, "METHOD_NOT_ALLOWED", () => new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { addAlias(factionId: \"jaysh-al-fath\", alias: \"GET Army\") { id } }"))),
        ["broken chunked framing on /graphql"] = new(400, "MALFORMED_REQUEST", Raw: Chunked("/graphql", "application/json", "ZZ\r\n{\"query\"\r\n0\r\n\r\n")),
        ["chunk longer than declared on /articles"] = new(400, "MALFORMED_REQUEST", Raw: Chunked("/articles", "application/json", "5\r\n{\"text\":\"Nusra Front\"}\r\n0\r\n\r\n")),
        // Writes from where they should not come.
        ["text/plain article from a foreign page"] = new(403, "FORBIDDEN_ORIGIN", () => Article(Encoding.UTF8.GetBytes("Nusra Front joined the Islamic State."), "https://evil.example", "text/plain", "?title=planted")),
        ["JSON article from a foreign page"] = new(403, "FORBIDDEN_ORIGIN", () => Article($"{{\"text\":\"{Good}\"}}", "https://evil.example")),
        ["mutation from a foreign page"] = new(403, "FORBIDDEN_ORIGIN", () => Query("mutation { addAlias(factionId: \"jaysh-al-fath\", alias: \"Evil Army\") { id } }", origin: "https://evil.example")),
        ["mutation from a sandboxed page (Origin: null)"] = new(403, "FORBIDDEN_ORIGIN", () => Query("mutation { mergeFactions(keepId: \"jaysh-al-fath\", mergeId: \"ahrar-al-sham\") { id } }", origin: "null")),
        ["request for a foreign Host"] = new(400, "HOST_NOT_ALLOWED", () => { var r = new HttpRequestMessage(HttpMethod.Get, "/health"); r.Headers.Host = "evil.example"; return r; }),
        // Arguments out of range.
        ["cursor at int.MaxValue"] = new(200, "BAD_USER_INPUT", () => Query("{ factions(after: \"" + Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:2147483647")) + "\") { totalCount } }")),
        ["cursor that is not one"] = new(200, "BAD_USER_INPUT", () => Query("{ factions(after: \"!!!\") { totalCount } }")),
        ["negative page size"] = new(200, "BAD_USER_INPUT", () => Query("{ factions(first: -1) { totalCount } }")),
        ["page size over the limit"] = new(200, "PAGE_SIZE_EXCEEDED", () => Query("{ factions(first: 100000) { totalCount } }")),
        ["neighbourhood limit 0"] = new(200, "BAD_USER_INPUT", () => Query("{ neighborhood(id: \"jaysh-al-fath\", limit: 0) { nodes { id } } }")),
        ["neighbourhood depth 4"] = new(200, "BAD_USER_INPUT", () => Query("{ neighborhood(id: \"jaysh-al-fath\", depth: 4) { nodes { id } } }")),
        ["neighbourhood limit 1e6"] = new(400, "COMPLEXITY", () => Query("{ neighborhood(id: \"jaysh-al-fath\", limit: 1000000) { nodes { id } } }")),
        ["path of 50 hops"] = new(200, "BAD_USER_INPUT", () => Query("{ path(from: \"jaysh-al-fath\", to: \"ahrar-al-sham\", maxHops: 50) { nodes { id } } }")),
        ["search folding to nothing"] = new(200, "BAD_USER_INPUT", () => Query("{ factions(search: \"!!! ---\") { totalCount } }")),
        ["100,000-character name"] = new(200, "BAD_USER_INPUT", () => Query("query($n: String) { faction(name: $n) { id } }", new { n = new string('N', 100_000) })),
        ["name with NUL"] = new(200, "BAD_USER_INPUT", () => Query("query($n: String) { faction(name: $n) { id } }", new { n = "Nusra\0Front" })),
        ["name of one repeated letter"] = new(200, "BAD_USER_INPUT", () => Query("{ faction(name: \"AAAA\") { id } }")),
        ["alias with NUL"] = new(200, "BAD_USER_INPUT", () => Query("mutation { addAlias(factionId: \"jaysh-al-fath\", alias: \"Army\\u0000 of Conquest 2\") { id } }")),
        ["100,000-character alias"] = new(200, "BAD_USER_INPUT", () => Query("mutation($a: String!) { addAlias(factionId: \"jaysh-al-fath\", alias: $a) { id } }", new { a = new string('x', 100_000) })),
        ["ingestArticle with a javascript: address"] = new(200, "INVALID_URL", () => Query("mutation($t: String!) { ingestArticle(input: { text: $t, url: \"javascript:alert(1)\" }) { addedRelations } }", new { t = Good })),
        // Articles.
        ["article with a lone surrogate"] = new(400, "INVALID_UTF8", () => Article("{\"text\":\"Nusra Front \\ud800 joined\"}")),
        ["article of invalid UTF-8"] = new(400, "INVALID_UTF8", () => Article(Splice("{\"text\":\"", InvalidUtf8, "\"}"))),
        ["article with NUL in its text"] = new(400, "BINARY_TEXT", () => Article("{\"text\":\"Nusra Front\\u0000 joined Jaysh al-Fath.\"}")),
        ["article with NUL in its title"] = new(400, "CONTROL_CHARACTERS", () => Article($"{{\"text\":\"{Good}\",\"title\":\"a\\u0000b\"}}")),
        ["article with a javascript: address"] = new(400, "INVALID_URL", () => Article($"{{\"text\":\"{Good}\",\"url\":\"javascript:alert(1)\"}}")),
        ["article with a file: address"] = new(400, "INVALID_URL", () => Article($"{{\"text\":\"{Good}\",\"url\":\"file:///etc/passwd\"}}")),
        ["article with a 100,000-character title"] = new(400, "FIELD_TOO_LONG", () => Article($"{{\"text\":\"{Good}\",\"title\":\"{new string('t', 100_000)}\"}}")),
        ["article with a 10,000-character outlet"] = new(400, "FIELD_TOO_LONG", () => Article($"{{\"text\":\"{Good}\",\"outlet\":\"{new string('o', 10_000)}\"}}")),
        ["article with a line break in its outlet"] = new(400, "CONTROL_CHARACTERS", () => Article($"{{\"text\":\"{Good}\",\"outlet\":\"Wire\\nInjected: yes\"}}")),
        ["article with a bad date"] = new(400, "INVALID_DATE", () => Article($"{{\"text\":\"{Good}\",\"publishedAt\":\"last Tuesday\"}}")),
        ["empty article"] = new(400, "EMPTY_TEXT", () => Article("{\"text\":\"   \"}")),
        ["article field of the wrong type"] = new(400, "WRONG_FIELD_TYPE", () => Article("{\"text\":[\"Nusra\"]}")),
        ["article that is not JSON"] = new(400, "MALFORMED_JSON", () => Article("{\"text\":")),
        ["article as XML"] = new(415, "UNSUPPORTED_MEDIA_TYPE", () => Article("<text>Nusra</text>", mediaType: "application/xml")),
        ["article over 2 MB"] = new(413, "TOO_LARGE", () => Article(new byte[2_200_000], mediaType: "text/plain")),
        ["job id that does not exist"] = new(404, "NOT_FOUND", () => new HttpRequestMessage(HttpMethod.Get, "/articles/jobs/" + new string('z', 5000))),
    };

    public static IEnumerable<object[]> Kinds => Cases.Keys.Select(k => new object[] { k });

    // Bounds every hostile request must keep: answered well inside the 5 s deadline (slow CI included), and the
    // server's memory (this process) not growing by more than this while it is handled.
    static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(8);
    const long MemoryBound = 300L * 1024 * 1024;

    const string Dump = "{ stats { factions relations articles evidence } factions(first: 100) { nodes { id name kind aliases relations { id type asserting denying } } } }";

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Hostile_request_is_refused_with_its_code_in_bounded_time_and_memory(string kind)
    {
        var hostile = Cases[kind];
        var client = service.Client;
        var before = ApiFactory.Json(await ApiFactory.GraphQLAsync(client, Dump));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;

        var clock = Stopwatch.StartNew();
        var send = Task.Run(() => hostile.Raw is { } raw ? SendRawAsync(raw) : SendAsync(hostile.Build!()));
        var healthChecks = 0;
        // At least one check, even when the refusal comes back before the first one could start.
        do
        {
            process.Refresh();
            peak = Math.Max(peak, process.WorkingSet64);
            using var health = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            var answer = await client.GetAsync("/health", health.Token);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            healthChecks++;
            await Task.WhenAny(send, Task.Delay(50));
        } while (!send.IsCompleted);
        var (status, body) = await send;
        var elapsed = clock.Elapsed;
        process.Refresh();
        peak = Math.Max(peak, process.WorkingSet64);

        Assert.True(elapsed < TimeBound, $"{kind}: answered in {elapsed.TotalSeconds:0.0} s, over {TimeBound.TotalSeconds} s.");
        Assert.True(peak - baseline < MemoryBound, $"{kind}: memory grew by {(peak - baseline) / 1048576} MB.");
        Assert.True(healthChecks > 0);
        Assert.True(hostile.Status == status, $"{kind}: status {status}, expected {hostile.Status}; body: {Truncate(body)}");
        if (hostile.Code is not null)
            Assert.True(Codes(body).Contains(hostile.Code), $"{kind}: codes [{string.Join(", ", Codes(body))}], expected {hostile.Code}; body: {Truncate(body)}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(before, ApiFactory.Json(await ApiFactory.GraphQLAsync(client, Dump)));
    }

    [Fact]
    public void The_suite_has_at_least_fifty_kinds_of_hostile_request() => Assert.True(Cases.Count >= 50, $"{Cases.Count} kinds.");

    async Task<(int Status, string Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await service.Client.SendAsync(request))
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    async Task<(int Status, string Body)> SendRawAsync(byte[] raw)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, service.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(raw);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1]);
        var bodyStart = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 4)..];
        // A chunked answer: keep the JSON between the chunk-size lines.
        var json = body.IndexOf('{') is var open and >= 0 ? body[open..(body.LastIndexOf('}') + 1)] : body;
        return (status, json);
    }

    /// <summary>Every error code in a GraphQL answer (errors[].extensions.code) or a REST refusal (error.code).</summary>
    static HashSet<string> Codes(string body)
    {
        var codes = new HashSet<string>();
        JsonNode? node;
        try { node = JsonNode.Parse(body); }
        catch (JsonException) { return codes; }
        if (node?["error"]?["code"]?.GetValue<string>() is { } rest) codes.Add(rest);
        foreach (var error in node?["errors"]?.AsArray() ?? [])
            if (error?["extensions"]?["code"]?.GetValue<string>() is { } code) codes.Add(code);
        return codes;
    }

    static string Truncate(string body) => body.Length <= 400 ? body : body[..400] + "…";
}
