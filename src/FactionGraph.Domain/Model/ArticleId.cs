using System.Security.Cryptography;
using System.Text;

namespace FactionGraph.Model;

/// <summary>
/// Article ids come from the normalized text, so the same article sent twice
/// (or re-applied after a crash) is the same article.
/// </summary>
public static class ArticleId
{
    public static string FromText(string text)
    {
        // Whitespace and line-ending differences do not make a new article.
        var normalized = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return "art-" + Convert.ToHexStringLower(hash)[..16];
    }
}
