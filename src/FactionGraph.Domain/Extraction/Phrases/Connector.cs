using System.Text.RegularExpressions;
using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>How a connector relates the mentions on its left to those on its right.</summary>
internal enum Direction
{
    /// <summary>left → right: "A joined X".</summary>
    Forward,
    /// <summary>right → left: "X includes A".</summary>
    Reverse,
    /// <summary>"A merged with B (to form X)": A and B act together; without a later target, left → right.</summary>
    Coordinate,
}

/// <summary>
/// A phrase that, standing between two mentions, states a relation between them. Patterns match the whole
/// folded gap (see <see cref="GapText"/>), so "A joined X" fires but "A attacked a town X had joined" does not.
/// </summary>
/// <param name="Modifier">The left mention only qualifies the right one ("the al-Qaeda-linked Nusra Front") and leaves the chain.</param>
/// <param name="AllianceOnLeft">Only when the left mention is an alliance ("Jaysh al-Fath, led by Nusra").</param>
/// <param name="Before">Required text just before the left mentions ("the withdrawal of A from X").</param>
/// <param name="After">Required text just after the right mention ("A, an al-Qaeda affiliate": "affiliate").</param>
internal sealed record Connector(
    string Rule,
    RelationType Type,
    Direction Direction,
    double Confidence,
    Regex Pattern,
    bool Modifier = false,
    bool AllianceOnLeft = false,
    Regex? Before = null,
    Regex? After = null)
{
    public static Connector Of(string rule, RelationType type, Direction direction, double confidence, string pattern,
        bool modifier = false, bool allianceOnLeft = false, string? before = null, string? after = null) =>
        new(rule, type, direction, confidence, Compile(pattern), modifier, allianceOnLeft,
            before is null ? null : new Regex(before + @"\s*$", Options), after is null ? null : new Regex("^(?:" + after + ")", Options));

    // Interpreted, not Compiled: each gap's answer is memoized (GapMemo), so steady-state speed is the same, while
    // compiling and JIT-ing the ~150 connector and cue patterns on first use cost ~6 s per process (measured).
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    static Regex Compile(string pattern) => new("^(?:" + pattern + @")\s*$", Options);
}
