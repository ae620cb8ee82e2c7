namespace FactionGraph.Model;

/// <summary>A news article that evidence quotes from.</summary>
/// <param name="Id">Derived from the normalized text (see <see cref="ArticleId"/>), so the same text is one article.</param>
/// <param name="PublishedAt">ISO date YYYY-MM-DD, if known.</param>
/// <param name="Repeats">The id of an earlier article this one repeats almost word for word (<see cref="ArticleFingerprint"/>), if any: its evidence is not a second source.</param>
public sealed record Article(
    string Id,
    string Title,
    string? Url,
    string? PublishedAt,
    string? Outlet,
    string? Repeats = null);
