using System.Net;
using System.Net.Sockets;
using FactionGraph.Storage.Neo4j;

namespace FactionGraph.Storage.Tests;

/// <summary>What only Neo4j has: discovery, credentials, reachability and Neo4j's own error codes, on the real server.</summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jConnectionTests
{
    static readonly CancellationToken Ct = CancellationToken.None;

    [StoreFact]
    public async Task Discovery_finds_the_transaction_endpoint_of_the_server_version()
    {
        var endpoint = await Neo4jTestServer.Store().EndpointAsync(Ct);
        var expected = endpoint.Major >= 4 ? "/db/neo4j/tx/commit" : "/db/data/transaction/commit";
        Assert.Equal(expected, endpoint.CommitUri.AbsolutePath);
        Assert.Equal(new Uri(Neo4jTestServer.Options().Uri, "/").Authority, endpoint.CommitUri.Authority);
        Assert.True(endpoint.Major >= 3, endpoint.Version);
    }

    [StoreFact]
    public async Task Initialize_is_safe_to_repeat()
    {
        var store = await Neo4jTestServer.CleanStoreAsync();
        await store.InitializeAsync(Ct);
        await Neo4jTestServer.Store().InitializeAsync(Ct);
    }

    [StoreFact]
    public async Task A_wrong_password_is_a_clear_startup_error()
    {
        var store = Neo4jTestServer.Store(o => o.Password = "certainly-not-the-password");
        var error = await Assert.ThrowsAnyAsync<GraphStoreException>(() => store.InitializeAsync(Ct));
        Assert.Equal(GraphStoreErrors.Unauthorized, error.Code);
        Assert.False(error.IsTransient);
        Assert.Contains(Neo4jTestServer.Options().Uri.ToString(), error.Message);
    }

    [StoreFact]
    public async Task An_unreachable_server_is_a_clear_startup_error()
    {
        var uri = new Uri($"http://127.0.0.1:{FreePort()}");
        var store = Neo4jTestServer.Store(o => { o.Uri = uri; o.MaxRetries = 1; });
        var error = await Assert.ThrowsAnyAsync<GraphStoreException>(() => store.InitializeAsync(Ct));
        Assert.Equal(GraphStoreErrors.Unavailable, error.Code);
        Assert.True(error.IsTransient);
        Assert.Contains(uri.ToString(), error.Message);
    }

    [StoreFact]
    public async Task A_Cypher_error_carries_the_Neo4j_code_and_is_not_transient()
    {
        var store = Neo4jTestServer.Store();
        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.RunAsync([new CypherStatement("MATCH (n RETURN n")], Ct));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsTransient);
    }

    [StoreFact]
    public async Task A_failing_statement_rolls_back_the_whole_request()
    {
        var store = await Neo4jTestServer.CleanStoreAsync();
        await Assert.ThrowsAsync<Neo4jException>(() => store.RunAsync(
            [new CypherStatement("MERGE (f:Faction {id: 'half-written'})"), new CypherStatement("RETURN 1/0")], Ct));
        Assert.Empty(await store.GetFactionsAsync(["half-written"], Ct));
    }

    [StoreFact]
    public async Task Statement_by_statement_sends_one_request_per_statement_in_one_transaction()
    {
        await Neo4jTestServer.CleanStoreAsync();
        var counting = new CountingHttpClientFactory();
        var connection = new Neo4jConnection(counting, Neo4jTestServer.Options());
        await connection.EndpointAsync(Ct);
        var before = counting.Requests;
        var results = await connection.RunStatementByStatementAsync(
            [new CypherStatement("MERGE (f:Faction {id: 'one-by-one'}) RETURN f.id"), new CypherStatement("MATCH (f:Faction {id: 'one-by-one'}) RETURN count(f)")], Ct);
        Assert.Equal(4, counting.Requests - before); // open, two statements, commit
        Assert.Equal("one-by-one", results[0].Rows[0][0].GetString());
        Assert.Equal(1, results[1].Rows[0][0].GetInt32());
        Assert.Single(await Neo4jTestServer.Store().GetFactionsAsync(["one-by-one"], Ct)); // committed
    }

    [StoreFact]
    public async Task Statement_by_statement_rolls_back_the_open_transaction_on_failure()
    {
        await Neo4jTestServer.CleanStoreAsync();
        var connection = new Neo4jConnection(new TestHttpClientFactory(), Neo4jTestServer.Options());
        await Assert.ThrowsAsync<Neo4jException>(() => connection.RunStatementByStatementAsync(
            [new CypherStatement("MERGE (f:Faction {id: 'half-written'})"), new CypherStatement("RETURN 1/0")], Ct));
        Assert.Empty(await Neo4jTestServer.Store().GetFactionsAsync(["half-written"], Ct));
    }

    sealed class CountingHttpClientFactory : IHttpClientFactory
    {
        readonly HttpClient client;
        int requests;
        public CountingHttpClientFactory() => client = new HttpClient(new Counter(this)) { Timeout = Timeout.InfiniteTimeSpan };
        public int Requests => Volatile.Read(ref requests);
        public HttpClient CreateClient(string name) => client;

        sealed class Counter(CountingHttpClientFactory owner) : DelegatingHandler(new SocketsHttpHandler())
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
            {
                Interlocked.Increment(ref owner.requests);
                return base.SendAsync(request, ct);
            }
        }
    }

    [StoreFact]
    public async Task Cancellation_is_passed_through_not_reported_as_a_store_failure()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Neo4jTestServer.Store().GetStatsAsync(cancelled.Token));
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
