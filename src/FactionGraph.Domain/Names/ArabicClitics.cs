namespace FactionGraph.Names;

/// <summary>
/// Arabic writes a conjunction or preposition joined to the next word: وفيلق الشام ("and Faylaq al-Sham"), بجيش الفتح
/// ("with Jaysh al-Fath"), لجند الأقصى, فالنصرة. The name is the word without that letter. Which readings hold depends on
/// the words a caller knows, so this only proposes them, most likely first; the caller keeps the first it recognizes.
/// </summary>
public static class ArabicClitics
{
    // و and, ف so/then, ب with/by, ل for/to; و and ف may stand before ب or ل ("وبجيش", "ولفيلق").
    const string Conjunctions = "وف";
    const string Prepositions = "بل";

    /// <summary>
    /// The bare words a word may be once a leading clitic is taken off, each with how many characters of the written word
    /// the clitic covers. Empty for words not in Arabic script, and for words too short to be a clitic plus a name word.
    /// </summary>
    public static IEnumerable<(string Bare, int Skip)> Readings(string word)
    {
        if (word.Length < 3 || !IsArabicLetter(word[0])) yield break;
        var first = word[0];
        if (Conjunctions.Contains(first) || Prepositions.Contains(first)) yield return (word[1..], 1);
        if (word.Length >= 4 && Conjunctions.Contains(first) && Prepositions.Contains(word[1])) yield return (word[2..], 2);
        // ل before the article drops the article's alif: للجيش is ل + الجيش, وللجيش is و + ل + الجيش.
        if (first == 'ل' && word[1] == 'ل') yield return ("ا" + word[1..], 1);
        if (word.Length >= 4 && Conjunctions.Contains(first) && word[1] == 'ل' && word[2] == 'ل') yield return ("ا" + word[2..], 2);
    }

    static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';
}
