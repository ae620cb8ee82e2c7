using System.Text.Json;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace FactionGraph.Api.GraphQL.Http;

/// <summary>
/// Reads the GraphQL-over-HTTP parameters (query, operationName, variables, extensions) from a
/// GET query string or a JSON POST body, refusing wrong types with 4xx as the spec asks.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public GraphQLHttpRequest FromQueryString(IQueryCollection query) => new(
        query["query"].Count == 1 && query["query"][0] is { Length: > 0 } q ? q : throw BadRequest("The `query` parameter is required."),
        query["operationName"].FirstOrDefault() is { Length: > 0 } name ? name : null,
        JsonObjectParameter(query["variables"].FirstOrDefault(), "variables"),
        JsonObjectParameter(query["extensions"].FirstOrDefault(), "extensions"),
        CacheKey: "GET " + string.Join('&', query.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));

    public async Task<GraphQLHttpRequest> FromBodyAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
            throw new GraphQLRequestException(StatusCodes.Status415UnsupportedMediaType, "POST needs Content-Type: application/json.");
        if (!contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            throw new GraphQLRequestException(StatusCodes.Status415UnsupportedMediaType, $"Content-Type '{contentType.MediaType}' is not supported; use application/json.");
        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            throw new GraphQLRequestException(StatusCodes.Status415UnsupportedMediaType, $"Charset '{contentType.Charset}' is not supported; use utf-8.");
        var body = await ReadLimitedAsync(request, maxBytes, ct);
        JsonDocument document;
        try { document = JsonDocument.Parse(body); }
        catch (JsonException ex) { throw BadRequest($"The body is not valid JSON: {ex.Message}"); }
        using (document)
        try
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw BadRequest("The body must be a JSON object.");
            return new GraphQLHttpRequest(
                root.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String && q.GetString() is { Length: > 0 } text
                    ? text : throw BadRequest("The `query` parameter is required and must be a string."),
                OptionalString(root, "operationName"), OptionalObject(root, "variables"), OptionalObject(root, "extensions"),
                CacheKey: "POST " + System.Text.Encoding.UTF8.GetString(body));
        }
        // System.Text.Json checks a string's encoding only when it is read: invalid UTF-8 inside a string, or an
        // escaped lone surrogate ("\ud800"), surfaces here, and is the client's error.
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException) { throw InvalidEncoding(ex); }
        catch (JsonException ex) when (ex.InnerException is InvalidOperationException inner) { throw InvalidEncoding(inner); }
        catch (JsonException ex) { throw BadRequest($"The body is not valid JSON: {ex.Message}"); }
    }

    static async Task<byte[]> ReadLimitedAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) throw TooLarge(maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw BadRequest("POST needs a body.");
        return buffer.ToArray();
    }

    static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString() : throw BadRequest($"`{name}` must be a string or null.");

    Inputs? OptionalObject(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? serializer.Deserialize<Inputs>(value.GetRawText()) : throw BadRequest($"`{name}` must be an object or null.");

    Inputs? JsonObjectParameter(string? json, string name)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => serializer.Deserialize<Inputs>(json),
                _ => throw BadRequest($"`{name}` must be a JSON object."),
            };
        }
        catch (JsonException ex) when (ex.InnerException is InvalidOperationException inner) { throw InvalidEncoding(inner); }
        catch (JsonException) { throw BadRequest($"`{name}` is not valid JSON."); }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException) { throw InvalidEncoding(ex); }
    }

    static GraphQLRequestException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    static GraphQLRequestException InvalidEncoding(Exception ex) =>
        new(StatusCodes.Status400BadRequest, $"The request holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate): {ex.Message}", ErrorCodes.InvalidEncoding);

    static GraphQLRequestException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the limit of {maxBytes} bytes.");
}
