using FactionGraph.Model;

namespace FactionGraph.Extraction.Relations;

/// <summary>
/// One line of frames.txt: a trigger word and the grammatical roles that hold a relation's source and target.
/// </summary>
/// <param name="Lemma">The trigger's base form ("join", "part").</param>
/// <param name="Particle">A word that must be linked to the trigger ("away" in "break away"), or null.</param>
/// <param name="IsVerb">A verb frame (else a noun or adjective frame).</param>
/// <param name="SourceRole">subj, obj, theme, head, agent, between, or a preposition.</param>
/// <param name="TargetRole">As <paramref name="SourceRole"/>.</param>
/// <param name="Example">The test sentence written beside the frame.</param>
public sealed record Frame(string Lemma, string? Particle, bool IsVerb, RelationType Type, string SourceRole, string TargetRole, string Example, int Line)
{
    /// <summary>Irregular forms written after the lemma ("break/broke/broken"): past, then participle.</summary>
    public IReadOnlyList<string> Irregular { get; init; } = [];

    /// <summary>An adjective frame ("loyal to"): read like a noun, said of the copula's subject.</summary>
    public bool IsAdjective { get; init; }

    /// <summary>The rule name evidence carries: "frame-join", "frame-break-away".</summary>
    public string Rule => "frame-" + Lemma + (Particle is null ? "" : "-" + Particle);
}
