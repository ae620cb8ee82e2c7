using System.Globalization;
using System.Text;

namespace FactionGraph.Names;

/// <summary>
/// The lookup key of a faction name: two spellings of one name get one key.
/// Folds case, diacritics, quotes, hyphens, the Arabic article in all its assimilated
/// forms, and common transliteration variants. The stores index factions by these keys,
/// and the extractor resolves mentions with them, so both agree by construction.
/// </summary>
public static class NameKey
{
    // The Arabic definite article as transliterated, including sun-letter assimilation.
    static readonly HashSet<string> Articles = ["al", "el", "ul", "il", "ash", "as", "ad", "at", "an", "ar", "az", "adh", "ath", "the"];

    // Whole-token transliteration variants, after the generic folds below.
    static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["jaish"] = "jaysh", ["jeish"] = "jaysh", ["jaych"] = "jaysh", ["jesh"] = "jaysh", ["jish"] = "jaysh",
        ["jabha"] = "jabhat", ["jebhat"] = "jabhat", ["jebha"] = "jabhat",
        ["fatah"] = "fath", ["fateh"] = "fath", ["fatih"] = "fath", ["fat'h"] = "fath",
        ["harakat"] = "harakat", ["haraka"] = "harakat", ["harakah"] = "harakat",
        ["hayat"] = "hayat", ["hayaat"] = "hayat", ["haiat"] = "hayat", ["hayet"] = "hayat", ["haiyat"] = "hayat",
        ["liwaa"] = "liwa", ["kataeb"] = "kataib", ["katayib"] = "kataib", ["kata'ib"] = "kataib",
        ["alwiyat"] = "alwiya", ["alwiyah"] = "alwiya", ["faylak"] = "faylaq", ["failaq"] = "faylaq", ["feylaq"] = "faylaq",
        ["suqur"] = "suqur", ["soqour"] = "suqur", ["saqour"] = "suqur", ["suqoor"] = "suqur",
        ["nusrah"] = "nusra", ["nosra"] = "nusra", ["nousra"] = "nusra",
        ["shaam"] = "sham", ["cham"] = "sham", ["sha'am"] = "sham",
        ["islamiya"] = "islamiyya", ["islamiyah"] = "islamiyya", ["islamiyyah"] = "islamiyya",
        ["daesh"] = "daish", ["da'ish"] = "daish", ["daech"] = "daish",
        ["qaida"] = "qaeda", ["qa'ida"] = "qaeda", ["qaidah"] = "qaeda", ["qaeda"] = "qaeda",
    };

    /// <summary>
    /// The key of a name; empty when the name has too few letters to identify anything: fewer than two
    /// distinct letters or digits ("A", "AAAA", "--"), which would otherwise fold onto whatever short name shares them.
    /// </summary>
    public static string Of(string name)
    {
        var tokens = Tokens(name);
        var kept = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            // Drop the article only where a word follows it ("al Sham"); a lone "as" stays.
            if (Articles.Contains(tokens[i]) && i + 1 < tokens.Count) continue;
            kept.Add(Fold(tokens[i]));
        }
        var key = string.Join(' ', kept);
        return HasEnoughLetters(key) ? key : "";
    }

    static bool HasEnoughLetters(string key)
    {
        var first = '\0';
        foreach (var c in key)
        {
            if (c == ' ') continue;
            if (first == '\0') first = c;
            else if (c != first) return true;
        }
        return false;
    }

    /// <summary>
    /// The id of a faction the gazetteer does not know: its name as a readable slug, the way analysts write ids
    /// ("Jaish al-Badia" → "jaysh-al-badia", "Liwa Fajr ash-Sham" → "liwa-fajr-al-sham"). Folds case, diacritics,
    /// apostrophes, the article's assimilated forms and the whole-word variants of <see cref="Of"/>, but not its
    /// letter-level folds, which make keys match and ids unreadable. Spellings that differ beyond that get different
    /// ids here; the stores' name index (keys) makes them one faction.
    /// </summary>
    public static string Slug(string name)
    {
        var tokens = Tokens(name);
        var kept = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t == "the" && kept.Count == 0 && i + 1 < tokens.Count) continue;
            if (t != "the" && Articles.Contains(t) && i + 1 < tokens.Count) { kept.Add("al"); continue; }
            kept.Add(Variants.GetValueOrDefault(t, t));
        }
        return string.Join('-', kept);
    }

    /// <summary>True for the Arabic article in any transliteration (and English "the"): it never distinguishes two names.</summary>
    internal static bool IsArticle(string foldedToken) => Articles.Contains(foldedToken);

    /// <summary>The key of one word on its own, as <see cref="Of"/> folds it inside a name (the extractor matches word by word).</summary>
    internal static string OfToken(string token)
    {
        var tokens = Tokens(token);
        return tokens.Count switch { 0 => "", 1 => Fold(tokens[0]), _ => string.Join(' ', tokens.Select(Fold)) };
    }

    static List<string> Tokens(string name)
    {
        // Compatibility decomposition (NFKD, the decomposed form of NFKC): full-width letters, ligatures and other
        // compatibility forms become the letters they stand for, and diacritics come apart to be dropped below.
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        // A name written in Latin that slips in Cyrillic or Greek look-alikes ("Nusrа Front" with a Cyrillic а)
        // imitates the Latin name: its look-alikes fold onto the Latin letters. A name wholly in another script is left alone.
        var mixesLatin = decomposed.Any(c => c < 0x250 && char.IsLetter(c));
        var sb = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (IsApostrophe(c))
            {
                // A possessive ("Iran's Revolutionary Guards") is not part of the name; Hay'at = Hayat, Qa'ida = Qaida.
                if (i + 1 < decomposed.Length && decomposed[i + 1] is 's' or 'S' && (i + 2 == decomposed.Length || !char.IsLetterOrDigit(decomposed[i + 2]))) i++;
                continue;
            }
            var lower = char.ToLowerInvariant(mixesLatin ? Confusables.Fold(c) : c);
            sb.Append(char.IsLetterOrDigit(c) ? Latin.Fold(lower) : ' ');
        }
        return [.. sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`' or 'ʼ' or 'ʿ' or 'ʾ' or '´' or 'ʻ';

    static string Fold(string token)
    {
        if (Variants.TryGetValue(token, out var v)) return v;
        if (!IsLatin(token)) return token;
        var sb = new StringBuilder(token.Length);
        foreach (var c in token)
            if (sb.Length == 0 || sb[^1] != c || char.IsDigit(c)) sb.Append(c); // doubled letters: Hayyat, Shaam (not digits: 111th)
        var folded = sb.ToString().Replace("ou", "u").Replace("ee", "i").Replace("oo", "u");
        if (folded.Length > 3 && folded.EndsWith("ah")) folded = folded[..^1]; // Nusrah, Islamiyah
        return Variants.TryGetValue(folded, out var v2) ? v2 : folded;
    }

    static bool IsLatin(string token) => token.All(c => c < 0x250);
}
