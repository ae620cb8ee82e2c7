using System.Collections.Concurrent;
using FactionGraph.Ingestion;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.GraphQL.Http;

/// <summary>
/// Answers repeated read queries (a front end redrawing the same neighbourhood on every click) with
/// the bytes computed the first time, until the graph changes (<see cref="GraphVersion"/>) or the entry
/// is older than GraphQL:ResultCacheSeconds — the bound on staleness for writers this process cannot
/// see, such as the `ingest` verb writing to a shared Neo4j. Only error-free query results are kept.
/// </summary>
public sealed class QueryResultCache(GraphVersion version, IOptions<GraphQLLimits> limits)
{
    sealed record Entry(byte[] Body, long ExpiresAt);

    readonly ConcurrentDictionary<string, Entry> entries = new();
    string? entriesVersion;

    bool Enabled => limits.Value.ResultCacheEntries > 0 && limits.Value.ResultCacheSeconds > 0;

    /// <summary>The key of a request at the graph's current version; null when caching is off.</summary>
    public string? KeyFor(GraphQLHttpRequest request)
    {
        if (!Enabled || request.CacheKey is null) return null;
        var current = version.Current;
        if (current != entriesVersion)
        {
            entries.Clear(); // answers of an older graph are never served again
            entriesVersion = current;
        }
        return $"{current}\n{request.CacheKey}";
    }

    public byte[]? Get(string key) =>
        entries.TryGetValue(key, out var entry) && entry.ExpiresAt > Environment.TickCount64 ? entry.Body : null;

    public void Put(string key, byte[] body)
    {
        if (entries.Count >= limits.Value.ResultCacheEntries) entries.Clear(); // bounded memory; a full cache starts over
        entries[key] = new Entry(body, Environment.TickCount64 + limits.Value.ResultCacheSeconds * 1000L);
    }
}
