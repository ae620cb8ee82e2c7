namespace FactionGraph.Model;

/// <summary>The kinds of edge between two factions. Direction is source → target.</summary>
public enum RelationType
{
    /// <summary>Source is a member of the alliance target.</summary>
    MemberOf,
    /// <summary>Source left the alliance target.</summary>
    Left,
    /// <summary>Source merged into target.</summary>
    MergedInto,
    /// <summary>Source was renamed to target.</summary>
    RenamedTo,
    /// <summary>Source split from target.</summary>
    SplitFrom,
    /// <summary>Source is affiliated with (linked to) target.</summary>
    AffiliatedWith,
    /// <summary>Source is allied with target (symmetric in meaning).</summary>
    AlliedWith,
    /// <summary>Source fights against target (symmetric in meaning).</summary>
    FightsAgainst,
}
