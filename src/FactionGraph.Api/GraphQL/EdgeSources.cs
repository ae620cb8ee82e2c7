using FactionGraph.Model;

namespace FactionGraph.Api.GraphQL;

/// <summary>
/// Corroboration by source rather than by sentence: two sentences of one article are one article, a
/// near-copy of an article (<see cref="Article.Repeats"/>) is the article it copies, and articles of one
/// outlet are one outlet.
/// </summary>
public sealed record EdgeSources(int AssertingArticles, int AssertingOutlets, int DenyingArticles, int DenyingOutlets)
{
    public static EdgeSources None { get; } = new(0, 0, 0, 0);

    public static EdgeSources Of(IEnumerable<Evidence> evidence, IReadOnlyDictionary<string, Article> articles)
    {
        var pieces = evidence.Select(e => (Denied: e.Stance == Stance.Denied, Article: articles.GetValueOrDefault(e.ArticleId), e.ArticleId)).ToList();
        int Articles(bool denied) => pieces.Where(p => p.Denied == denied).Select(p => p.Article?.Repeats ?? p.ArticleId).Distinct().Count();
        // A near-copy republished elsewhere is syndication, not a second outlet's reporting: only originals name outlets.
        int Outlets(bool denied) => pieces.Where(p => p.Denied == denied && p.Article?.Repeats is null).Select(p => OutletOf(p.Article)).OfType<string>().Distinct().Count();
        return new EdgeSources(Articles(false), Outlets(false), Articles(true), Outlets(true));
    }

    /// <summary>
    /// The outlet as a key: its name with case and spacing folded, else the host of the article's address
    /// without "www."; null when the article says neither, and then it adds no outlet (it may be any of them).
    /// </summary>
    public static string? OutletOf(Article? article)
    {
        if (article is null) return null;
        if (!string.IsNullOrWhiteSpace(article.Outlet))
            return string.Join(' ', article.Outlet.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (Uri.TryCreate(article.Url, UriKind.Absolute, out var url) && url.Host.Length > 0)
            return url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..].ToLowerInvariant() : url.Host.ToLowerInvariant();
        return null;
    }
}
