using GraphQL.DataLoader;

namespace FactionGraph.Api.GraphQL;

/// <summary>
/// Collects the keys every resolver of one execution level asks for, and fetches them all with one
/// call when GraphQL.NET first awaits a result (after the level's resolvers ran). Per request.
/// (The GraphQL.DataLoader package is not on our feed; GraphQL.NET's core awaits any IDataLoaderResult.)
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    readonly Dictionary<TKey, TValue> loaded = [];
    readonly HashSet<TKey> pending = [];
    readonly SemaphoreSlim gate = new(1, 1);

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (pending) if (!loaded.ContainsKey(key)) pending.Add(key);
        return new Result(this, key);
    }

    async Task<TValue> GetAsync(TKey key, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            TKey[] batch;
            lock (pending) { batch = [.. pending]; pending.Clear(); }
            if (batch.Length > 0)
                foreach (var (k, v) in await fetch(batch, ct)) loaded[k] = v;
            return loaded.TryGetValue(key, out var value) ? value : missing;
        }
        finally { gate.Release(); }
    }

    sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
