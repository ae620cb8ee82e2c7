namespace FactionGraph.Bench.Synthetic;

/// <summary>
/// Spelling variants the way news outlets actually write Arabic names, so the extractor's name
/// folding (Jaysh/Jaish, al-/ash-, Nusra/Nusrah …) is exercised rather than exact matches.
/// </summary>
static class Transliteration
{
    // Each row: a canonical token and spellings of it seen in English-language reporting.
    static readonly Dictionary<string, string[]> TokenVariants = new(StringComparer.Ordinal)
    {
        ["Jaysh"] = ["Jaish", "Jeish", "Jaych"],
        ["Jabhat"] = ["Jebhat", "Jabha"],
        ["Harakat"] = ["Haraka", "Harakah"],
        ["Kataib"] = ["Kata'ib", "Kataeb"],
        ["Liwa"] = ["Liwaa"],
        ["Faylaq"] = ["Failaq", "Feylaq"],
        ["Suqur"] = ["Suqour", "Soqour"],
        ["Nusra"] = ["Nusrah", "Nousra"],
        ["Sham"] = ["Shaam", "Cham"],
        ["Islamiyya"] = ["Islamiyah", "Islamiya"],
        ["Hayat"] = ["Hay'at", "Haiat"],
    };

    /// <summary>Up to <paramref name="count"/> other spellings of a name, each differing from it in one or two tokens.</summary>
    public static List<string> Variants(string name, Random random, int count)
    {
        var variants = new List<string>();
        for (var attempt = 0; attempt < count * 4 && variants.Count < count; attempt++)
        {
            var variant = Respell(name, random);
            if (variant != name && !variants.Contains(variant)) variants.Add(variant);
        }
        return variants;
    }

    static string Respell(string name, Random random)
    {
        var tokens = name.Split(' ');
        for (var i = 0; i < tokens.Length; i++)
        {
            if (TokenVariants.TryGetValue(tokens[i], out var spellings) && random.Next(2) == 0)
                tokens[i] = spellings[random.Next(spellings.Length)];
            else if (tokens[i].StartsWith("al-", StringComparison.Ordinal) && random.Next(3) == 0)
                tokens[i] = Article(tokens[i][3..], random);
        }
        return string.Join(' ', tokens);
    }

    /// <summary>The article in its assimilated or spaced forms: al-Sham, ash-Sham, al Sham, el-Sham.</summary>
    static string Article(string word, Random random) => random.Next(4) switch
    {
        0 when word.StartsWith("Sh", StringComparison.Ordinal) => "ash-" + word,
        0 when word.StartsWith('T') => "at-" + word,
        1 => "al " + word,
        2 => "el-" + word,
        _ => "al-" + word,
    };
}
