using System.Text.Json;

namespace FactionGraph.Ingestion;

/// <summary>
/// Reads an article submitted as JSON ({text, title, url, publishedAt, outlet}), strictly: each field
/// a string or null. Shared by the HTTP endpoint and the inbox, so both refuse the same things.
/// </summary>
public static class ArticleJson
{
    static readonly string[] Fields = ["text", "title", "url", "publishedAt", "outlet"];

    public static (ArticleSubmission? Submission, Rejection? Rejection) Parse(string json)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json); }
        catch (JsonException ex) { return Reject("MALFORMED_JSON", $"The body is not valid JSON: {ex.Message}"); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) return Reject("MALFORMED_JSON", "The JSON must be an object.");
            var values = new Dictionary<string, string?>();
            foreach (var name in Fields)
            {
                if (!document.RootElement.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) { values[name] = null; continue; }
                if (value.ValueKind != JsonValueKind.String) return Reject("WRONG_FIELD_TYPE", $"`{name}` must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}.");
                // An escaped lone surrogate ("\ud800") is valid JSON but not text: GetString refuses it.
                try { values[name] = value.GetString(); }
                catch (InvalidOperationException) { return Reject("INVALID_UTF8", $"`{name}` holds a lone surrogate or invalid UTF-8, which is not text."); }
            }
            return (new ArticleSubmission(values["text"], values["title"], values["url"], values["publishedAt"], values["outlet"]), null);
        }
    }

    static (ArticleSubmission?, Rejection?) Reject(string code, string message) => (null, new Rejection(code, message));
}
