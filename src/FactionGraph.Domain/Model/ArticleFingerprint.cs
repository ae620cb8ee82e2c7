using System.Globalization;
using System.Text;

namespace FactionGraph.Model;

/// <summary>
/// What an article says, word for word, in a fixed size: the MinHash of its four-word shingles. Two
/// fingerprints agree in about the share of positions that the two articles' shingle sets overlap
/// (their Jaccard similarity), so a copy with a comma added or a word changed agrees almost everywhere
/// and a different article almost nowhere. Case, punctuation and spacing are not words, so they never count.
/// Band keys (<see cref="Bands"/> groups of <see cref="Rows"/> minima) let a store find the few earlier
/// articles that may be copies without comparing against all of them: two articles with similarity 0.8
/// share a band with probability 1 - (1 - 0.8^4)^16 ≈ 0.9998; at 0.3, about 0.12, and those are then
/// compared in full.
/// </summary>
public sealed class ArticleFingerprint
{
    public const int Hashes = Bands * Rows, Bands = 16, Rows = 4, ShingleWords = 4;

    /// <summary>
    /// Similarity from which an article counts as a repeat of an earlier one. A one-word change in a
    /// 100-word article leaves about 0.92 of its shingles; two articles on the same event in their own words share few.
    /// </summary>
    public const double RepeatThreshold = 0.8;

    readonly ulong[] minima;

    ArticleFingerprint(ulong[] minima) => this.minima = minima;

    /// <summary>The fingerprint of a text; null when it has fewer words than a shingle (too short to tell a copy from a coincidence).</summary>
    public static ArticleFingerprint? Of(string text)
    {
        var words = Words(text);
        if (words.Count < ShingleWords) return null;
        var minima = Enumerable.Repeat(ulong.MaxValue, Hashes).ToArray();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var shingle = Fnv(string.Join(' ', words, i, ShingleWords));
            for (var h = 0; h < Hashes; h++)
            {
                var value = Mix(shingle ^ Seeds[h]);
                if (value < minima[h]) minima[h] = value;
            }
        }
        return new ArticleFingerprint(minima);
    }

    /// <summary>Estimated Jaccard similarity of the two articles' shingle sets, 0..1.</summary>
    public double Similarity(ArticleFingerprint other)
    {
        var same = 0;
        for (var h = 0; h < Hashes; h++) if (minima[h] == other.minima[h]) same++;
        return (double)same / Hashes;
    }

    /// <summary>One key per band ("b3:…"): articles that share any key are candidates to compare.</summary>
    public IReadOnlyList<string> BandKeys =>
        [.. Enumerable.Range(0, Bands).Select(b => $"b{b}:{Fnv(string.Join(',', minima.Skip(b * Rows).Take(Rows))):x16}")];

    /// <summary>The minima as hex, to store beside the article.</summary>
    public string Signature => string.Concat(minima.Select(m => m.ToString("x16", CultureInfo.InvariantCulture)));

    /// <summary>Reads a <see cref="Signature"/> back; null if it is not one.</summary>
    public static ArticleFingerprint? Parse(string? signature)
    {
        if (signature is null || signature.Length != Hashes * 16) return null;
        var minima = new ulong[Hashes];
        for (var h = 0; h < Hashes; h++)
            if (!ulong.TryParse(signature.AsSpan(h * 16, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out minima[h])) return null;
        return new ArticleFingerprint(minima);
    }

    static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c)) { word.Append(char.ToLowerInvariant(c)); continue; }
            if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    // Fixed seeds, so a fingerprint stored today compares with one computed after a restart.
    static readonly ulong[] Seeds = [.. Enumerable.Range(1, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL))];

    /// <summary>FNV-1a over UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
    static ulong Fnv(string s)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in s) { hash ^= c; hash *= 1099511628211UL; }
        return hash;
    }

    /// <summary>SplitMix64's finaliser: spreads every input bit over the whole word, so each seed gives an independent-looking order.</summary>
    static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
