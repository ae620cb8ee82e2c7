using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FactionGraph.Api.Tests;

/// <summary>
/// With OTEL_EXPORTER_OTLP_ENDPOINT set, spans reach an OTLP/HTTP collector: here a listener in the test that keeps
/// what is posted to /v1/traces. Span names are plain UTF-8 inside the protobuf, so they are found without decoding it.
/// </summary>
public sealed class OtlpTraceTests
{
    [Fact]
    public async Task Spans_of_a_query_and_an_ingestion_job_reach_the_collector()
    {
        using var collector = new OtlpCollector();
        await using (var factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?>
        {
            ["Ingestion:LoadSeed"] = "false",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        }))
        {
            var client = factory.StartClient();
            var answer = await ApiFactory.GraphQLAsync(client, "mutation TraceIngest($t: String!) { ingestArticle(input: { text: $t }) { job { state } } }",
                new { t = "Liwa Traces joined the Army of Conquest in 2015." });
            Assert.True(answer["data"]?["ingestArticle"]?["job"]?["state"]?.GetValue<string>() == "DONE", ApiFactory.Json(answer));
            await ApiFactory.GraphQLAsync(client, "query TraceProbe { stats { factions } }");
        } // stopping the host flushes the batched spans

        var traces = collector.Received("/v1/traces");
        Assert.True(traces.Length > 0, "posts: " + collector.Paths);
        Assert.Contains("graphql mutation TraceIngest", traces);
        Assert.Contains("graphql query TraceProbe", traces);
        Assert.Contains("graphql.complexity", traces);
        Assert.Contains("ingestion job", traces);
        Assert.Contains("extract", traces);
        Assert.Contains("commit", traces);
        Assert.Contains("factiongraph-api", traces);
        if (ApiFactory.UsesNeo4j) Assert.Contains("neo4j POST", traces);
    }

    sealed class OtlpCollector : IDisposable
    {
        readonly HttpListener listener = new();
        readonly ConcurrentQueue<(string Path, byte[] Body)> posts = new();
        readonly Task loop;

        public OtlpCollector()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Endpoint = $"http://127.0.0.1:{port}";
            listener.Prefixes.Add(Endpoint + "/");
            listener.Start();
            loop = Task.Run(ServeAsync);
        }

        public string Endpoint { get; }

        public string Paths => string.Join(", ", posts.Select(p => $"{p.Path} {p.Body.Length}"));

        /// <summary>Everything posted to the path, as text (binary parts garbled, strings intact).</summary>
        public string Received(string path) =>
            string.Join("\n", posts.Where(p => p.Path == path).Select(p => Encoding.UTF8.GetString(p.Body)));

        async Task ServeAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                posts.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
            loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
