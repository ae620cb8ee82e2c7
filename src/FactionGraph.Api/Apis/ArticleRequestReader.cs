using FactionGraph.Ingestion;

namespace FactionGraph.Api.Apis;

/// <summary>An HTTP-level refusal of an article submission.</summary>
public sealed record RequestError(int Status, string Code, string Message);

/// <summary>Reads an article submission from JSON or from text/plain plus query parameters, strictly.</summary>
public static class ArticleRequestReader
{
    public static async Task<(ArticleSubmission?, RequestError?)> ReadAsync(HttpRequest request, int maxTextBytes, CancellationToken ct)
    {
        // JSON escapes can make the body longer than the text; leave room for them and the metadata.
        var maxBody = (long)maxTextBytes * 2 + 64 * 1024;
        if (request.ContentLength > maxBody) return Fail(413, "TOO_LARGE", $"The request body is larger than {maxBody} bytes.");
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBody) return Fail(413, "TOO_LARGE", $"The request body is larger than {maxBody} bytes.");
            buffer.Write(chunk, 0, read);
        }
        var text = ArticleValidator.DecodeUtf8(buffer.ToArray());
        if (text is null) return Fail(400, "INVALID_UTF8", "The body is not valid UTF-8.");
        var mediaType = (request.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "application/json" => FromJson(text),
            "text/plain" => (new ArticleSubmission(text, request.Query["title"], request.Query["url"], request.Query["publishedAt"], request.Query["outlet"]), null),
            _ => Fail(415, "UNSUPPORTED_MEDIA_TYPE", "Send application/json ({text, title, url, publishedAt, outlet}) or text/plain."),
        };
    }

    static (ArticleSubmission?, RequestError?) FromJson(string json)
    {
        var (submission, rejection) = ArticleJson.Parse(json);
        return rejection is null ? (submission, null) : Fail(400, rejection.Code, rejection.Message);
    }

    static (ArticleSubmission?, RequestError?) Fail(int status, string code, string message) => (null, new RequestError(status, code, message));
}
