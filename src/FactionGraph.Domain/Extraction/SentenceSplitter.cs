namespace FactionGraph.Extraction;

/// <summary>
/// Splits article text into sentences with exact character offsets, so evidence can quote
/// a sentence verbatim and point back into the article.
/// </summary>
public static class SentenceSplitter
{
    // Words that end in a period without ending the sentence. Lowercased, without the period.
    static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "brig", "adm", "cmdr", "gov",
        "sen", "rep", "st", "sr", "jr", "rev", "sheikh", "no", "vs", "etc", "approx", "est", "dept", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.n", "u.k", "al",
    };

    const int WrappedLineLength = 60;

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>(text.Length / 100 + 4); // reporting runs ~100-200 characters a sentence
        var wrapped = LooksHardWrapped(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (!wrapped || IsLineBreakBoundary(text, i)) { Add(text, start, i, sentences); start = i + 1; }
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < text.Length && IsClosing(text[end])) end++; // ." and .) stay with their sentence
            if (end < text.Length && !char.IsWhiteSpace(text[end])) continue; // 3.5, U.S.-led
            if (c == '.' && IsAbbreviation(text, i)) continue;
            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t') next++;
            if (next < text.Length && text[next] != '\n' && !StartsSentence(text[next])) continue;
            Add(text, start, end, sentences);
            start = end;
            i = end - 1;
        }
        Add(text, start, text.Length, sentences);
        return sentences;
    }

    static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '-' or '—' || c > 0x5FF;

    static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        var word = text[s..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "Abu M. al-Golani"
        return Abbreviations.Contains(word);
    }

    // Hard-wrapped text has lines of similar length under ~80 characters; paragraph-per-line text has long lines.
    static bool LooksHardWrapped(string text)
    {
        int lines = 0, mid = 0, longLines = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var length = line.TrimEnd().Length;
            if (length == 0) continue;
            lines++;
            if (length is >= 50 and <= 90) mid++;
            if (length > 100) longLines++;
        }
        return lines >= 4 && longLines * 10 < lines && mid * 10 >= lines * 6;
    }

    // In hard-wrapped text, a newline a sentence unless the text looks hard-wrapped mid-sentence (a long line that does not end in punctuation).
    static bool IsLineBreakBoundary(string text, int newline)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, newline - 1)) + 1;
        if (newline > 0 && text[newline - 1] == '\n') return true;
        var line = text.AsSpan(lineStart, newline - lineStart).TrimEnd();
        if (line.Length == 0 || line.Length < WrappedLineLength) return true;
        if (".!?:\"”')".Contains(line[^1])) return true;
        var next = newline + 1;
        return next >= text.Length || text[next] == '\n' || char.IsWhiteSpace(text[next]);
    }

    static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new TextSpan(start, end));
    }
}
