using System.Text;

namespace FactionGraph.Extraction.Mentions;

/// <summary>One article's words as the tagger reads them: lowercased and by shape, each computed once, when first asked for.</summary>
internal sealed class TaggerInput(string text, List<Token> tokens, Lexicon lexicon)
{
    readonly string?[] _lower = new string?[tokens.Count];
    readonly string?[] _shapes = new string?[tokens.Count];

    public string Text { get; } = text;
    public List<Token> Tokens { get; } = tokens;
    public Lexicon Lexicon { get; } = lexicon;

    public string LowerAt(int i) => _lower[i] ??= Text.Substring(Tokens[i].Start, Tokens[i].End - Tokens[i].Start).ToLowerInvariant();

    public string ShapeAt(int i) => _shapes[i] ??= NameFeatures.ShapeOf(Text.AsSpan(Tokens[i].Start, Tokens[i].End - Tokens[i].Start));

    /// <summary>A word that heads a group's name, English ("Brigade", "Forces") or Arabic ("Liwa", "Jaysh").</summary>
    public bool IsHead(int i) => NameFeatures.HeadWords.Contains(LowerAt(i)) || Lexicon.Is(Tokens[i].Word, WordRole.TrailingHead | WordRole.LeadingHead);
}

/// <summary>
/// The features of one word for <see cref="NameTagger"/>. Only words common across many articles are features by
/// themselves (<see cref="NameTagger.Vocabulary"/>): a rare word is a name's own word, so the tagger sees its shape
/// and ending, not the word, and what it learns carries over to names it never saw.
/// </summary>
internal static class NameFeatures
{
    /// <summary>Head words beyond the extractor's own name heads (see WordRoles): the nouns group names end on in reporting.</summary>
    public static readonly HashSet<string> HeadWords = new(StringComparer.Ordinal)
    {
        "forces", "force", "guard", "guards", "committee", "committees", "room", "command", "units", "unit", "group", "organization",
        "organisation", "network", "police", "shield", "resistance", "mobilization", "mobilisation", "battalions", "brigades",
        "companies", "militias", "fighters", "revolutionaries", "mujahideen", "army", "front", "movement", "brigade", "battalion",
        "council", "coalition", "alliance", "legion", "division", "corps", "regiment", "militia", "jamaat", "jaish", "jaysh",
        "liwa", "harakat", "kataib", "katiba", "katibat", "saraya", "ansar", "jund", "faylaq", "quwat", "tanzim", "hizb",
    };

    // Words that join the parts of a name: "Martyrs of X Brigade", "Movement for Justice", "Ahl al-Sunna wal Jamaa".
    public static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "of", "for", "and", "the", "al", "el", "ul", "ash", "as", "ad", "at", "an", "ar", "az", "de", "la", "du", "des", "del",
        "wal", "wa", "bin", "ibn", "fi", "li", "lil", "y",
    };

    const int HeadReach = 6;

    public static void Of(TaggerInput input, int from, int to, int i, int previousTag, HashSet<string> vocabulary, List<string> features)
    {
        var t = input.Tokens[i];
        var w = Word(input, i, vocabulary);
        var shape = input.ShapeAt(i);
        var tag = previousTag switch { NameTagger.B => "B", NameTagger.I => "I", _ => "O" };
        features.Add("bias");
        features.Add("w=" + w);
        features.Add("sh=" + shape);
        if (input.LowerAt(i).Length > 3 && !vocabulary.Contains(input.LowerAt(i))) features.Add("s3=" + input.LowerAt(i)[^3..]);
        features.Add("p1=" + (i > from ? Word(input, i - 1, vocabulary) : "<s>"));
        features.Add("n1=" + (i + 1 < to ? Word(input, i + 1, vocabulary) : "</s>"));
        features.Add("p2=" + (i - 1 > from ? Word(input, i - 2, vocabulary) : "<s>"));
        features.Add("n2=" + (i + 2 < to ? Word(input, i + 2, vocabulary) : "</s>"));
        features.Add("psh=" + (i > from ? input.ShapeAt(i - 1) : "<s>") + "|" + shape);
        features.Add("nsh=" + shape + "|" + (i + 1 < to ? input.ShapeAt(i + 1) : "</s>"));
        if (input.IsHead(i)) features.Add("head");
        if (input.Lexicon.Is(t.Word, WordRole.LeadingHead)) features.Add("lead");
        if (t.Word >= 0) features.Add("known");
        if (t.Has(TokenShape.BreakBefore)) features.Add("break");
        if (t.Has(TokenShape.HyphenAfter)) features.Add("hyphen");
        if (i == from) features.Add("first");
        if (t.Start > 0 && input.Text[t.Start - 1] is '(' ) features.Add("paren");
        if (t.Start > 0 && input.Text[t.Start - 1] is '"' or '“' or '‘' or '\'') features.Add("quote");
        var ahead = HeadAhead(input, i, to);
        if (ahead > 0) features.Add("head+" + Math.Min(ahead, 4));
        if (HeadBehind(input, from, i)) features.Add("head-");
        features.Add("t=" + tag);
        features.Add("t|sh=" + tag + shape);
        features.Add("t|w=" + tag + w);
    }

    static string Word(TaggerInput input, int i, HashSet<string> vocabulary) =>
        vocabulary.Contains(input.LowerAt(i)) ? input.LowerAt(i) : "<" + input.ShapeAt(i) + ">";

    // How many words ahead a head word closes a run of capitalized words and joiners starting here (0: none).
    static int HeadAhead(TaggerInput input, int i, int to)
    {
        for (var k = i + 1; k < to && k - i <= HeadReach; k++)
        {
            if (input.Tokens[k].Has(TokenShape.BreakBefore)) return 0;
            if (input.IsHead(k)) return k - i;
            if (!input.Tokens[k].Has(TokenShape.Capitalized) && !input.Tokens[k].Has(TokenShape.Digit) && !Joiners.Contains(input.LowerAt(k))) return 0;
        }
        return 0;
    }

    // A head word opens the run this word is in: "Army of the Free Tribes", "Liwa Ahfad al-Rasul".
    static bool HeadBehind(TaggerInput input, int from, int i)
    {
        for (var k = i - 1; k >= from && i - k <= HeadReach; k--)
        {
            if (input.Tokens[k + 1].Has(TokenShape.BreakBefore)) return false;
            if (input.IsHead(k)) return input.Tokens[k].Has(TokenShape.Capitalized);
            if (!input.Tokens[k].Has(TokenShape.Capitalized) && !Joiners.Contains(input.LowerAt(k))) return false;
        }
        return false;
    }

    /// <summary>"Tremseh" → "Xx", "ISIS" → "X", "M23" → "Xd", "al" → "x": the letter classes with runs collapsed.</summary>
    public static string ShapeOf(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(4);
        foreach (var c in word)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'a' : '\'';
            if (sb.Length == 0 || sb[^1] != k) sb.Append(k);
            if (sb.Length == 4) break;
        }
        return sb.ToString();
    }
}
