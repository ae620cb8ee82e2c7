using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>Where a mention came from: how sure we are that it names a group.</summary>
internal enum MentionSource { Gazetteer, Discovered, Coreference }

/// <summary>One place in the text that names (or refers back to) a faction.</summary>
internal sealed class Mention(int start, int end, int tokenStart, int tokenEnd, string entityId, FactionKind kind, MentionSource source)
{
    public int Start { get; set; } = start;
    /// <summary>Past the name, or past a translation in parentheses that was read as its alias.</summary>
    public int End { get; set; } = end;
    public int TokenStart { get; } = tokenStart;
    public int TokenEnd { get; set; } = tokenEnd;
    public string EntityId { get; set; } = entityId;
    public FactionKind Kind { get; set; } = kind;
    public MentionSource Source { get; } = source;

    public override string ToString() => $"{EntityId}@{Start}";
}
