namespace FactionGraph.Storage;

/// <summary>Conveniences over <see cref="IGraphStore"/> that are one call of its batch methods.</summary>
public static class GraphStoreExtensions
{
    /// <summary>The id of the faction one of whose names has this <see cref="Names.NameKey"/>, or null.</summary>
    public static async Task<string?> ResolveNameAsync(this IGraphStore store, string nameKey, CancellationToken ct) =>
        (await store.ResolveNamesAsync([nameKey], ct)).GetValueOrDefault(nameKey);
}
