using System.Text.Json;

namespace FactionGraph.Storage.Neo4j;

/// <summary>Where to send transactions and which server answers there, as read from the discovery document.</summary>
/// <param name="CommitUri">The single-request transaction endpoint (…/commit).</param>
/// <param name="Version">The server's version string, e.g. 3.1.1 or 5.26.0.</param>
public sealed record Neo4jEndpoint(Uri CommitUri, string Version)
{
    /// <summary>Major version; 3 for 3.x (old DDL syntax), 4 or more for the IF NOT EXISTS syntax.</summary>
    /// <summary>Where an open transaction begins (…/transaction on 3.x, …/tx on 4/5): the commit URI without /commit.</summary>
    public Uri BeginUri => new(CommitUri.AbsoluteUri[..^"/commit".Length]);

    public int Major => int.TryParse(Version.Split('.')[0], out var major) ? major : 0;

    /// <summary>
    /// Reads the answer to <c>GET /</c>. Neo4j 4/5 advertise <c>transaction</c> as
    /// http://host/db/{databaseName}/tx; 3.x advertise <c>data</c> (http://host/db/data/).
    /// Only the advertised path is used, on the configured base URI, because the advertised host
    /// is the server's own idea of its name, which may not resolve from here (proxies, containers).
    /// </summary>
    /// <returns>The endpoint, or null with the data path when a 3.x server must be asked for its version.</returns>
    public static (Neo4jEndpoint? Endpoint, Uri? DataUri) FromDiscovery(Uri baseUri, string database, JsonElement root)
    {
        var version = root.TryGetProperty("neo4j_version", out var v) ? v.GetString() : null;
        if (root.TryGetProperty("transaction", out var tx) && tx.GetString() is { } template)
        {
            var path = PathOf(template.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal));
            return (new Neo4jEndpoint(Combine(baseUri, path.TrimEnd('/') + "/commit"), version ?? "5"), null);
        }
        if (root.TryGetProperty("data", out var data) && data.GetString() is { } dataUri)
            return (null, Combine(baseUri, PathOf(dataUri)));
        throw new Neo4jException($"{baseUri} did not answer like Neo4j: its discovery document names neither 'transaction' nor 'data'.",
            GraphStoreErrors.Unavailable, isTransient: false);
    }

    /// <summary>Reads the 3.x data document (GET /db/data/), which carries the version and the transaction path.</summary>
    public static Neo4jEndpoint FromDataDocument(Uri baseUri, Uri dataUri, JsonElement data)
    {
        var version = data.TryGetProperty("neo4j_version", out var v) ? v.GetString() ?? "3" : "3";
        var transaction = data.TryGetProperty("transaction", out var tx) && tx.GetString() is { } t
            ? PathOf(t) : dataUri.AbsolutePath.TrimEnd('/') + "/transaction";
        return new Neo4jEndpoint(Combine(baseUri, transaction.TrimEnd('/') + "/commit"), version);
    }

    static string PathOf(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : uri;

    static Uri Combine(Uri baseUri, string path) =>
        new(new Uri(baseUri.GetLeftPart(UriPartial.Authority) + "/"), path.TrimStart('/'));
}
