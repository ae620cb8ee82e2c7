using GraphQL.DataLoader;

namespace FactionGraph.Api.GraphQL;

/// <summary>
/// Maps a batched result without awaiting it in the resolver: awaiting there would fetch one
/// parent's key alone and undo the batching.
/// </summary>
public static class DeferredResult
{
    public static IDataLoaderResult<TResult> Select<T, TResult>(this IDataLoaderResult<T> inner, Func<T, TResult> map) => new Mapped<T, TResult>(inner, map);

    sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
