namespace FactionGraph.Model;

/// <summary>An armed group, alliance or other actor: one node of the graph.</summary>
/// <param name="Id">Stable id: the gazetteer's id, or for groups it does not know, <see cref="Names.NameKey.Slug"/> of the first spelling.</param>
/// <param name="Name">Canonical display name.</param>
/// <param name="Kind">What sort of actor this is.</param>
/// <param name="Aliases">Other names: spellings, translations, acronyms, Arabic script.</param>
/// <param name="FirstSeen">Publication date (YYYY-MM-DD) of the earliest article mentioning it, if any.</param>
/// <param name="LastSeen">Publication date of the latest article mentioning it, if any.</param>
public sealed record Faction(
    string Id,
    string Name,
    FactionKind Kind,
    IReadOnlyList<string> Aliases,
    string? FirstSeen = null,
    string? LastSeen = null);
