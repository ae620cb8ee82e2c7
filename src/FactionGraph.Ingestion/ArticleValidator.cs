using System.Globalization;
using System.Text;
using FactionGraph.Model;
using FactionGraph.Names;

namespace FactionGraph.Ingestion;

/// <summary>A submission that passed validation: the article and its text, ready to queue.</summary>
public sealed record QueuedArticle(Article Article, string Text);

/// <summary>Why a submission was refused; <see cref="Code"/> is stable for clients, the message is for people.</summary>
public sealed record Rejection(string Code, string Message);

/// <summary>
/// The one set of rules every way in (HTTP, GraphQL, inbox, verb) applies to an article,
/// so a bad article is refused the same way wherever it comes from.
/// </summary>
public static class ArticleValidator
{
    public static (QueuedArticle? Article, Rejection? Rejection) Validate(ArticleSubmission submission, IngestionOptions options)
    {
        var text = submission.Text;
        if (string.IsNullOrWhiteSpace(text)) return Reject("EMPTY_TEXT", "The article text is empty.");
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > options.MaxArticleBytes)
            return Reject("TOO_LARGE", $"The article text is {bytes} bytes; the limit is {options.MaxArticleBytes}.");
        if (LooksBinary(text)) return Reject("BINARY_TEXT", "The article text contains binary data (control characters or invalid UTF-8).");
        if (submission.PublishedAt is { Length: > 0 } date && !IsIsoDate(date))
            return Reject("INVALID_DATE", $"publishedAt '{date}' is not a date of the form YYYY-MM-DD.");
        if ((InputRules.CheckText("title", submission.Title, InputRules.MaxTitleLength)
             ?? InputRules.CheckText("outlet", submission.Outlet, InputRules.MaxOutletLength)
             ?? InputRules.CheckUrl("url", Blank(submission.Url))) is { } violation)
            return Reject(violation.Code, violation.Message);
        var title = string.IsNullOrWhiteSpace(submission.Title) ? FirstLine(text) : InputRules.Normalize(submission.Title);
        var outlet = Blank(submission.Outlet) is { } o ? InputRules.Normalize(o) : null;
        var article = new Article(ArticleId.FromText(text), title, Blank(submission.Url), Blank(submission.PublishedAt), outlet);
        return (new QueuedArticle(article, text), null);
    }

    /// <summary>Decodes bytes as strict UTF-8; null when they are not valid UTF-8.</summary>
    public static string? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    public static bool IsIsoDate(string value) =>
        value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    // NUL and other C0 controls (other than tab and line breaks) do not occur in articles; U+FFFD means bad bytes were decoded leniently.
    static bool LooksBinary(string text) =>
        text.AsSpan().IndexOfAnyInRange('\0', '\b') >= 0 || text.AsSpan().IndexOfAnyInRange('\u000E', '\u001F') >= 0 ||
        text.Contains('\u000B') || text.Contains('\u000C') || text.Contains('\uFFFD');

    static string FirstLine(string text)
    {
        var line = text.TrimStart().Split('\n', 2)[0].Trim();
        return line.Length <= 200 ? line : line[..200];
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static (QueuedArticle?, Rejection?) Reject(string code, string message) => (null, new Rejection(code, message));
}
