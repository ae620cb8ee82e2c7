namespace FactionGraph.Extraction;

/// <summary>How a word is written; name discovery and acronym matching depend on it.</summary>
[Flags]
internal enum TokenShape : byte
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
    /// <summary>Directly followed by a hyphen: "al-" in "al-Sham", "Qaeda-" in "al-Qaeda-linked".</summary>
    HyphenAfter = 4,
    /// <summary>Punctuation (other than a hyphen) or a line break separates it from the previous word, so no name spans the two.</summary>
    BreakBefore = 8,
    Digit = 16,
}

/// <summary>One word of the article: where it is, which folded word it is (<see cref="Lexicon"/> id), how it is written.</summary>
internal readonly record struct Token(int Start, int End, int Word, TokenShape Shape)
{
    public bool Has(TokenShape shape) => (Shape & shape) != 0;
}
