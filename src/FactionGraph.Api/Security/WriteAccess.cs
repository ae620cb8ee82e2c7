using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.Security;

/// <summary>Why a write was refused, if it was.</summary>
public enum WriteRefusal { None, NoKey, ForeignOrigin }

/// <summary>Decides whether a request may write: one rule for GraphQL mutations and the REST submission endpoint.</summary>
public sealed class WriteAccess(IOptions<AuthOptions> options, IConfiguration configuration)
{
    readonly byte[][] keys = [.. options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Encoding.UTF8.GetBytes(k))];

    // Browser origins trusted to write: the front ends allowed by CORS (Cors:Origins).
    readonly string[] origins = [.. (configuration.GetSection("Cors:Origins").Get<string[]>() ?? []).Select(o => o.TrimEnd('/'))];

    public bool KeysConfigured => keys.Length > 0;

    public bool CanWrite(HttpContext http) => Check(http) == WriteRefusal.None;

    /// <summary>
    /// A browser sends `Origin` on every cross-site POST, and a page on another site can make an analyst's
    /// browser send one (a text/plain POST needs no CORS preflight) from loopback, with the analyst's network
    /// position. So a write carrying an `Origin` that is neither this service nor an allowed front end is
    /// refused, with keys or without. Scripts and curl send no `Origin` and are judged by key (or loopback) alone.
    /// </summary>
    public WriteRefusal Check(HttpContext http)
    {
        if (http.Request.Headers.Origin.Count > 0 && !OriginAllowed(http)) return WriteRefusal.ForeignOrigin;
        return HasKeyOrLoopback(http) ? WriteRefusal.None : WriteRefusal.NoKey;
    }

    public const string ForeignOriginMessage = "Writes from a web page of another origin are refused; allow the front end's origin with Cors__Origins__0.";

    bool OriginAllowed(HttpContext http)
    {
        if (http.Request.Headers.Origin.Count != 1) return false;
        var origin = http.Request.Headers.Origin[0]!.TrimEnd('/');
        if (origins.Contains("*") || origins.Contains(origin, StringComparer.OrdinalIgnoreCase)) return true;
        // The service's own pages (same origin); Host itself is checked against AllowedHosts before any endpoint runs.
        return string.Equals(origin, $"{http.Request.Scheme}://{http.Request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }

    bool HasKeyOrLoopback(HttpContext http)
    {
        if (!KeysConfigured) return http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);
        var presented = PresentedKey(http.Request);
        if (presented is null) return false;
        var bytes = Encoding.UTF8.GetBytes(presented);
        // Constant-time comparison: response timing must not reveal how much of a key matched.
        return keys.Any(k => CryptographicOperations.FixedTimeEquals(k, bytes));
    }

    /// <summary>
    /// Who a writer is, for the curator log: the key presented, named by the first 8 hex digits of its SHA-256
    /// (enough to tell a team's keys apart, useless for writing), or "loopback" when no keys are configured.
    /// Only meaningful once <see cref="Check"/> has let the request write.
    /// </summary>
    public string CuratorOf(HttpContext http) =>
        KeysConfigured && PresentedKey(http.Request) is { } key
            ? "key:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8]
            : "loopback";

    static string? PresentedKey(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header[7..].Trim();
        var apiKey = request.Headers["X-Api-Key"].ToString();
        return apiKey.Length > 0 ? apiKey.Trim() : null;
    }
}
