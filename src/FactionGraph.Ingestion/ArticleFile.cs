namespace FactionGraph.Ingestion;

/// <summary>
/// Articles as files, the same for the seed, the inbox and the `ingest` verb: NAME.txt (plain text,
/// with optional metadata in a NAME.json beside it), or NAME.json holding {text, title, url, publishedAt, outlet}.
/// </summary>
public static class ArticleFile
{
    public static bool IsArticle(string path) =>
        (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) && !IsSidecar(path);

    /// <summary>A NAME.json beside a NAME.txt is that article's metadata, not an article of its own.</summary>
    public static bool IsSidecar(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(Path.ChangeExtension(path, ".txt"));

    /// <summary>All article files under the paths given (files, or folders searched recursively), in a stable order.</summary>
    public static IEnumerable<string> Find(IEnumerable<string> paths) => paths.SelectMany<string, string>(p =>
        Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(IsArticle).Order(StringComparer.Ordinal) : [p]);

    public static async Task<(ArticleSubmission? Submission, Rejection? Rejection)> ReadAsync(string path, CancellationToken ct)
    {
        byte[] bytes;
        try { bytes = await File.ReadAllBytesAsync(path, ct); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return (null, new Rejection("UNREADABLE", ex.Message)); }
        var text = ArticleValidator.DecodeUtf8(bytes);
        if (text is null) return (null, new Rejection("INVALID_UTF8", "The file is not valid UTF-8."));
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return ArticleJson.Parse(text);
        var sidecar = Path.ChangeExtension(path, ".json");
        if (!File.Exists(sidecar)) return (new ArticleSubmission(text, null, null, null, null), null);
        var (meta, rejection) = ArticleJson.Parse(await File.ReadAllTextAsync(sidecar, ct));
        return meta is null ? (null, rejection! with { Message = $"{Path.GetFileName(sidecar)}: {rejection.Message}" }) : (meta with { Text = text }, null);
    }
}
