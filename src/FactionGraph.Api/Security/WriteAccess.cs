using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.Security;

/// <summary>Decides whether a request may write: one rule for GraphQL mutations and the REST submission endpoint.</summary>
public sealed class WriteAccess(IOptions<AuthOptions> options)
{
    readonly byte[][] keys = [.. options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Encoding.UTF8.GetBytes(k))];

    public bool KeysConfigured => keys.Length > 0;

    public bool CanWrite(HttpContext http)
    {
        if (!KeysConfigured) return http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);
        var presented = PresentedKey(http.Request);
        if (presented is null) return false;
        var bytes = Encoding.UTF8.GetBytes(presented);
        // Constant-time comparison: response timing must not reveal how much of a key matched.
        return keys.Any(k => CryptographicOperations.FixedTimeEquals(k, bytes));
    }

    static string? PresentedKey(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header[7..].Trim();
        var apiKey = request.Headers["X-Api-Key"].ToString();
        return apiKey.Length > 0 ? apiKey.Trim() : null;
    }
}
