namespace FactionGraph.Extraction.Syntax;

/// <summary>
/// Bounds on one parse. The defaults were chosen on the real-text dev part: with them the dev part parses several
/// times faster than with link-grammar's own (short 16, up to 8 skipped words on any sentence) for the same strict
/// F1 (0.36 with short links of 6, 10 or 16 words; the skipping reparse of long sentences cost most of the time).
/// </summary>
public sealed class LinkParserOptions
{
    /// <summary>Seconds the parser may spend on one sentence before it returns its best partial answer (the library's unit). Default 1.</summary>
    public int TimeoutSeconds { get; init; } = 1;

    /// <summary>Linkages the parser enumerates before choosing the cheapest; past it the parser samples at random, and the
    /// cheapest may be missed (20 read 0.02 more dev F1 by chance, but broke simple test sentences). Default 100.</summary>
    public int LinkageLimit { get; init; } = 100;

    /// <summary>Longest link, in words, for most link types (link-grammar's "short length"). Default 6.</summary>
    public int ShortLength { get; init; } = 6;

    /// <summary>Most words a parse may skip when no complete linkage exists. Default 2.</summary>
    public int MaxSkippedWords { get; init; } = 2;

    /// <summary>Sentences longer than this (in words) get no second parse that skips words: it costs 100-300 ms there. Default 25.</summary>
    public int MaxWordsToSkip { get; init; } = 25;

    /// <summary>Sentences longer than this (in words) are not parsed at all. Default 90.</summary>
    public int MaxWords { get; init; } = 90;

    /// <summary>Longer sentences (in characters, after names are replaced) are not parsed: run-on text parses badly and slowly. Default 600.</summary>
    public int MaxSentenceLength { get; init; } = 600;
}
