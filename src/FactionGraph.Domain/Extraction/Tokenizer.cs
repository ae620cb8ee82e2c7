using FactionGraph.Names;

namespace FactionGraph.Extraction;

/// <summary>
/// Cuts text into words in one pass, without allocating per word: hyphens and punctuation separate words,
/// an apostrophe inside a word stays (Hay'at), a possessive 's is dropped (Nusra's).
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, Lexicon lexicon, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>(Math.Max(16, (end - start) / 6));
        var i = start;
        var gapStart = start;
        while (i < end)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var s = i;
            while (i < end && (IsWordChar(text[i]) || IsInnerApostrophe(text, i, end))) i++;
            var e = i;
            if (e - s > 2 && text[e - 1] is 's' or 'S' && IsApostrophe(text[e - 2])) e -= 2; // possessive
            var word = lexicon.Lookup(text.AsSpan(s, e - s));
            if (word < 0) (word, s) = WithoutClitic(text, s, e, lexicon);
            var shape = ShapeOf(text.AsSpan(s, e - s));
            if (i < end && text[i] == '-') shape |= TokenShape.HyphenAfter;
            if (IsBreak(text, gapStart, s, tokens)) shape |= TokenShape.BreakBefore;
            tokens.Add(new Token(s, e, word, shape));
            gapStart = e;
        }
        return tokens;
    }

    // وفيلق الشام: an unknown Arabic word that is a known word behind a joined conjunction or preposition is that word, and
    // starts after the clitic, so the name's mention does not swallow "and"; the clitic letter then separates it from the
    // word before, as a space and "and" would.
    static (int Word, int Start) WithoutClitic(string text, int s, int e, Lexicon lexicon)
    {
        if (e - s < 3 || text[s] < '\u0600' || text[s] > '\u06FF') return (-1, s);
        foreach (var (bare, skip) in ArabicClitics.Readings(text[s..e]))
        {
            var word = lexicon.Lookup(bare);
            if (word >= 0) return (word, s + skip);
        }
        return (-1, s);
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || (c >= 0x300 && c <= 0x36F) || (c >= 0x610 && c <= 0x65F);

    static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or 'ʿ' or 'ʾ' or '`';

    static bool IsInnerApostrophe(string text, int i, int end) =>
        IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    static TokenShape ShapeOf(ReadOnlySpan<char> word)
    {
        var shape = TokenShape.None;
        if (char.IsUpper(word[0])) shape |= TokenShape.Capitalized;
        if (char.IsDigit(word[0])) shape |= TokenShape.Digit;
        var letters = 0; var upper = 0;
        foreach (var c in word) { if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) upper++; } }
        if (letters >= 1 && upper == letters && word.Length >= 2) shape |= TokenShape.AllCaps;
        return shape;
    }

    // Between two words only spaces and hyphens keep a name together; "U.S." keeps its dots.
    static bool IsBreak(string text, int from, int to, List<Token> tokens)
    {
        if (tokens.Count == 0) return true;
        var previousIsInitial = tokens[^1].End - tokens[^1].Start == 1;
        if (to - from >= 2 && IsApostrophe(text[from]) && text[from + 1] is 's' or 'S') from += 2; // "People's Protection Units"
        else if (to - from >= 1 && IsApostrophe(text[from]) && from > 0 && text[from - 1] is 's' or 'S') from += 1; // "Kurdistan Workers' Party"
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c is ' ' or '-' or '\t' or '\u00A0') continue;
            if (c == '.' && previousIsInitial) continue;
            return true;
        }
        return false;
    }
}
