using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FactionGraph.Storage.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace FactionGraph.Storage.Neo4j;

/// <summary>
/// Neo4j's HTTP transactional API: endpoint discovery, basic auth, timeouts, errors turned into
/// <see cref="Neo4jException"/>, and the one place where transient failures are retried.
/// Every request is one whole transaction (…/commit), except in the benchmark-only per-row mode
/// (<see cref="RunStatementByStatementAsync"/>), and every statement we send is idempotent (MERGE on
/// unique ids, or a read), so retrying a whole transaction is safe.
/// </summary>
public sealed class Neo4jConnection
{
    /// <summary>Name of the HttpClient registered for the store.</summary>
    public const string HttpClientName = "Neo4j";

    readonly IHttpClientFactory httpClientFactory;
    readonly Neo4jOptions options;
    readonly ILogger logger;
    readonly ResiliencePipeline retry;
    readonly AuthenticationHeaderValue authorization;
    readonly SemaphoreSlim discovery = new(1, 1);
    Neo4jEndpoint? endpoint;

    public Neo4jConnection(IHttpClientFactory httpClientFactory, Neo4jOptions options, ILogger? logger = null)
    {
        this.httpClientFactory = httpClientFactory;
        this.options = options;
        this.logger = logger ?? NullLogger.Instance;
        retry = Neo4jRetry.Pipeline(options.MaxRetries, this.logger);
        authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
    }

    public Uri BaseUri => options.Uri;

    /// <summary>The discovered endpoint; discovery runs once, on first use.</summary>
    public async Task<Neo4jEndpoint> EndpointAsync(CancellationToken ct)
    {
        if (endpoint is { } known) return known;
        await discovery.WaitAsync(ct);
        try
        {
            return endpoint ??= await retry.ExecuteAsync(async token => await DiscoverAsync(token), ct);
        }
        finally { discovery.Release(); }
    }

    async Task<Neo4jEndpoint> DiscoverAsync(CancellationToken ct)
    {
        using var root = await GetJsonAsync(options.Uri, ct);
        var (found, dataUri) = Neo4jEndpoint.FromDiscovery(options.Uri, options.Database, root.RootElement);
        if (found is null)
        {
            using var data = await GetJsonAsync(dataUri!, ct);
            found = Neo4jEndpoint.FromDataDocument(options.Uri, dataUri!, data.RootElement);
        }
        logger.LogInformation("Neo4j {Version} at {Uri}; transactions go to {Commit}", found.Version, options.Uri, found.CommitUri);
        return found;
    }

    /// <summary>Runs the statements as one transaction, retrying the whole transaction on transient errors.</summary>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        if (statements.Count == 0) return [];
        var target = await EndpointAsync(ct);
        var body = Neo4jJson.Request(statements);
        return await retry.ExecuteAsync(async token => await PostAsync(target.CommitUri, body, token), ct);
    }

    /// <summary>
    /// BENCHMARK-ONLY (Neo4j:BatchWrites=false): what a naive client does. Opens a transaction
    /// (<c>POST …/transaction</c> on 3.x, <c>POST …/tx</c> on 4/5), sends each statement in its own
    /// request (<c>POST …/tx/{id}</c>), then commits (<c>POST …/tx/{id}/commit</c>); on any failure the
    /// transaction is rolled back (<c>DELETE …/tx/{id}</c>) and, when the failure is transient, the
    /// whole transaction is retried — safe because every statement is idempotent. Same results and
    /// atomicity as <see cref="RunAsync"/>, one round trip per statement plus two.
    /// </summary>
    public async Task<IReadOnlyList<CypherResult>> RunStatementByStatementAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        if (statements.Count == 0) return [];
        var target = await EndpointAsync(ct);
        return await retry.ExecuteAsync(async token => await RunOpenTransactionAsync(target, statements, token), ct);
    }

    async Task<IReadOnlyList<CypherResult>> RunOpenTransactionAsync(Neo4jEndpoint target, IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        var (transaction, _) = await PostWithLocationAsync(target.BeginUri, Neo4jJson.Request([]), ct);
        var uri = transaction ?? throw new Neo4jException($"Neo4j at {options.Uri} opened a transaction without saying where it is (no Location header).",
            GraphStoreErrors.Unavailable, isTransient: false);
        var committed = false;
        try
        {
            var results = new List<CypherResult>(statements.Count);
            foreach (var statement in statements)
                results.AddRange(await PostAsync(uri, Neo4jJson.Request([statement]), ct));
            await PostAsync(new Uri(uri.AbsoluteUri.TrimEnd('/') + "/commit"), Neo4jJson.Request([]), ct);
            committed = true;
            return results;
        }
        finally
        {
            if (!committed) await RollBackAsync(uri);
        }
    }

    /// <summary>Best effort: Neo4j has usually rolled back already after a failed statement, and the transaction times out anyway.</summary>
    async Task RollBackAsync(Uri transaction)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, transaction);
            using var _ = await SendAsync(request, CancellationToken.None, allowErrorStatus: true);
        }
        catch (GraphStoreException e)
        {
            logger.LogDebug(e, "Rolling back Neo4j transaction {Transaction} failed; it will time out on the server", transaction);
        }
    }

    async Task<IReadOnlyList<CypherResult>> PostAsync(Uri uri, byte[] body, CancellationToken ct) =>
        (await PostWithLocationAsync(uri, body, ct)).Results;

    /// <summary>POSTs statements; also returns where the server says the (new) transaction lives, on the configured base URI.</summary>
    async Task<(Uri? Transaction, IReadOnlyList<CypherResult> Results)> PostWithLocationAsync(Uri uri, byte[] body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        Uri? location = null;
        using var document = await SendAsync(request, ct, onResponse: response =>
        {
            // Only the path is used, on our base URI: the advertised host may not resolve from here (see Neo4jEndpoint).
            if (response.Headers.Location is { } l)
                location = new Uri(new Uri(options.Uri.GetLeftPart(UriPartial.Authority) + "/"), (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString).TrimStart('/'));
        });
        return (location, Neo4jJson.Results(document.RootElement, options.Uri));
    }

    async Task<JsonDocument> GetJsonAsync(Uri uri, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        return await SendAsync(request, ct);
    }

    /// <summary>Sends one request as one traced and counted round trip (see <see cref="StoreTelemetry"/>).</summary>
    async Task<JsonDocument> SendAsync(HttpRequestMessage request, CancellationToken ct, Action<HttpResponseMessage>? onResponse = null, bool allowErrorStatus = false)
    {
        using var activity = StoreTelemetry.Source.StartActivity($"neo4j {request.Method.Method}", ActivityKind.Client);
        activity?.SetTag("db.system.name", "neo4j");
        activity?.SetTag("db.namespace", options.Database);
        activity?.SetTag("server.address", options.Uri.Host);
        activity?.SetTag("server.port", options.Uri.Port);
        activity?.SetTag("url.path", request.RequestUri?.AbsolutePath);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await SendOnceAsync(request, ct, onResponse, allowErrorStatus);
        }
        catch (Exception e)
        {
            outcome = e is GraphStoreException store ? store.Code : "error";
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw;
        }
        finally
        {
            var tags = new TagList { { "db.system.name", "neo4j" }, { "outcome", outcome } };
            StoreTelemetry.RoundTrips.Add(1, tags);
            StoreTelemetry.RoundTripDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    /// <summary>Sends one request under the request timeout and maps every way it can fail.</summary>
    async Task<JsonDocument> SendOnceAsync(HttpRequestMessage request, CancellationToken ct, Action<HttpResponseMessage>? onResponse, bool allowErrorStatus)
    {
        request.Headers.Authorization = authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            var client = httpClientFactory.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                throw new Neo4jException($"Neo4j at {options.Uri} rejected the credentials of user '{options.Username}' (401). Check Neo4j__Username and Neo4j__Password.",
                    GraphStoreErrors.Unauthorized, isTransient: false);
            if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
                throw new Neo4jException($"Neo4j at {options.Uri} answered {(int)response.StatusCode} {response.ReasonPhrase}.",
                    GraphStoreErrors.Unavailable, isTransient: true);
            onResponse?.Invoke(response);
            if (allowErrorStatus && !response.IsSuccessStatusCode) return JsonDocument.Parse("{}");
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            var document = await JsonDocument.ParseAsync(stream, cancellationToken: timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                using (document) Neo4jJson.ThrowIfErrors(document.RootElement, options.Uri);
                throw new Neo4jException($"Neo4j at {options.Uri} answered {(int)response.StatusCode} {response.ReasonPhrase} for {request.RequestUri}.",
                    GraphStoreErrors.Unavailable, isTransient: false);
            }
            return document;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // the caller gave up: not a store failure
        }
        catch (OperationCanceledException e)
        {
            throw new Neo4jException($"Neo4j at {options.Uri} did not answer within {options.RequestTimeout.TotalSeconds:0.#} s.",
                GraphStoreErrors.Unavailable, isTransient: true, e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException($"Neo4j is unreachable at {options.Uri}: {e.Message}", GraphStoreErrors.Unavailable, isTransient: true, e);
        }
        catch (JsonException e)
        {
            throw new Neo4jException($"Neo4j at {options.Uri} sent an answer that is not JSON: {e.Message}", GraphStoreErrors.Unavailable, isTransient: false, e);
        }
    }
}
