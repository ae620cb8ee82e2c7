namespace FactionGraph.Extraction.Syntax;

/// <summary>Bounds on one parse. The defaults keep a 2 KB article under ~100 ms on one core.</summary>
public sealed class LinkParserOptions
{
    /// <summary>Seconds the parser may spend on one sentence before it returns its best partial answer. Default 1.</summary>
    public int TimeoutSeconds { get; init; } = 1;

    /// <summary>Linkages the parser enumerates before choosing the cheapest; more is slower, rarely better. Default 100.</summary>
    public int LinkageLimit { get; init; } = 100;

    /// <summary>Most words a parse may skip when no complete linkage exists. Default 8.</summary>
    public int MaxSkippedWords { get; init; } = 8;

    /// <summary>Longer sentences (in characters, after names are replaced) are not parsed: run-on text parses badly and slowly. Default 600.</summary>
    public int MaxSentenceLength { get; init; } = 600;
}
