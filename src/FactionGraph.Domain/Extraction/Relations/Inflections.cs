namespace FactionGraph.Extraction.Relations;

/// <summary>
/// English inflection of frame triggers, so frames.txt names a lemma once: regular -s/-es/-ies, -ed/-d/-ied and
/// -ing forms, the doubled consonant of short verbs (ban → banned), and noun plurals. Irregular past forms come
/// from the frame itself.
/// </summary>
public static class Inflections
{
    public static IEnumerable<string> OfVerb(string lemma, IReadOnlyList<string> irregular)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { lemma, ThirdPerson(lemma), Gerund(lemma) };
        if (irregular.Count > 0) forms.UnionWith(irregular);
        else forms.Add(Past(lemma));
        // British spelling doubles a final l after one vowel: expel → expelled, travel → travelled.
        if (lemma.Length > 2 && lemma[^1] == 'l' && IsVowel(lemma[^2]) && !IsVowel(lemma[^3]) && irregular.Count == 0)
            forms.UnionWith([lemma + "led", lemma + "ling"]);
        return forms;
    }

    public static IEnumerable<string> OfNoun(string lemma) => new HashSet<string>(StringComparer.Ordinal) { lemma, ThirdPerson(lemma) };

    static string ThirdPerson(string w) =>
        w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch") || w.EndsWith("sh") ? w + "es"
        : ConsonantY(w) ? w[..^1] + "ies"
        : w + "s";

    static string Past(string w) =>
        w.EndsWith('e') ? w + "d"
        : ConsonantY(w) ? w[..^1] + "ied"
        : DoublesFinal(w) ? w + w[^1] + "ed"
        : w + "ed";

    static string Gerund(string w) =>
        w.EndsWith("ie") ? w[..^2] + "ying"
        : w.EndsWith('e') && !w.EndsWith("ee") ? w[..^1] + "ing"
        : DoublesFinal(w) ? w + w[^1] + "ing"
        : w + "ing";

    static bool ConsonantY(string w) => w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2]);

    // One syllable ending consonant-vowel-consonant (not w, x, y): "ban", "rob", "plan".
    static bool DoublesFinal(string w) =>
        w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3])
        && w.Count(IsVowel) == 1;

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
