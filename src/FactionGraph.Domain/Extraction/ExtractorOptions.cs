namespace FactionGraph.Extraction;

/// <summary>Which relation readers run. Both by default; switching one off measures what the other adds.</summary>
public sealed record ExtractorOptions
{
    /// <summary>The phrase connectors (regular expressions over the words between two names). Default true.</summary>
    public bool ReadPhrases { get; init; } = true;

    /// <summary>The frames read from sentence structure (link-grammar), where link-grammar is installed. Default true.</summary>
    public bool ReadStructure { get; init; } = true;
}
