using System.Text;
using System.Text.Json;

namespace FactionGraph.Bench.Measure;

/// <summary>
/// News-sized articles (about 2 KB) for the articles-per-second measure, cut at run time from real reporting: the
/// shared real-text corpus's dev excerpts when it is beside the repository, else the repository's own seed article and
/// tests/corpus passages. Excerpts are shorter than articles, so consecutive texts are joined as paragraphs and cut at
/// the first sentence end past the size. Nothing is written to the repository.
/// </summary>
sealed record NewsArticles(IReadOnlyList<string> Texts, string Source)
{
    public const int TargetBytes = 2048;

    public static NewsArticles Load(string? realTextDev, string seedPath, string ownCorpus)
    {
        if (realTextDev is not null && Directory.Exists(realTextDev))
        {
            var excerpts = Directory.GetFiles(realTextDev, "*.json").Order(StringComparer.Ordinal).Select(ExcerptText).OfType<string>().ToList();
            if (excerpts.Count > 0) return new(Cut(excerpts), $"{excerpts.Count} real-text dev excerpts ({realTextDev})");
        }
        var own = new[] { Path.Combine(seedPath, "articles"), ownCorpus }.Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.txt").Order(StringComparer.Ordinal)).Select(File.ReadAllText).ToList();
        if (own.Count == 0) throw new InvalidDataException($"No article text found: neither {realTextDev} nor {seedPath}/articles or {ownCorpus}.");
        return new(Cut(own), $"{own.Count} repository texts (graph-seed/articles and tests/corpus); the real-text dev part was not found");
    }

    // An excerpt of the shared format has both "text" and "gold"; other JSON there (canonical-names.json) is not one.
    static string? ExcerptText(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("gold", out _) && root.TryGetProperty("text", out var text)
            && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
    }

    static List<string> Cut(IEnumerable<string> texts)
    {
        var all = string.Join("\n\n", texts.Select(t => t.Trim()));
        var articles = new List<string>();
        var start = 0;
        while (start < all.Length)
        {
            var end = EndNear(all, start);
            var article = all[start..end].Trim();
            // A short tail would be a news brief, not an article: it is left out rather than timed.
            if (Encoding.UTF8.GetByteCount(article) >= TargetBytes / 2) articles.Add(article);
            start = end;
        }
        return articles;
    }

    /// <summary>The end of the sentence or paragraph where the text from <paramref name="start"/> reaches the target size.</summary>
    static int EndNear(string all, int start)
    {
        var bytes = 0;
        var i = start;
        while (i < all.Length && bytes < TargetBytes) bytes += Encoding.UTF8.GetByteCount(all.AsSpan(i++, 1));
        for (; i < all.Length; i++)
            if (all[i] == '\n' || (all[i] is '.' or '!' or '?' && i + 1 < all.Length && char.IsWhiteSpace(all[i + 1]))) return i + 1;
        return all.Length;
    }
}
