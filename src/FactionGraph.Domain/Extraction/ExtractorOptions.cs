using FactionGraph.Extraction.Mentions;

namespace FactionGraph.Extraction;

/// <summary>Which readers run. Both by default; switching one off measures what the other adds.</summary>
public sealed record ExtractorOptions
{
    /// <summary>The phrase connectors (regular expressions over the words between two names). Default true.</summary>
    public bool ReadPhrases { get; init; } = true;

    /// <summary>The frames read from sentence structure (link-grammar), where link-grammar is installed. Default true.</summary>
    public bool ReadStructure { get; init; } = true;

    /// <summary>Propose names no list knows with a learned tagger. Default true.</summary>
    public bool UseTagger { get; init; } = true;

    /// <summary>The tagger to use; null means the one shipped with the build (<see cref="NameTagger.Builtin"/>).</summary>
    public NameTagger? Tagger { get; init; }
}
