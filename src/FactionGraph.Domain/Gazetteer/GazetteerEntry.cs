using FactionGraph.Model;

namespace FactionGraph.Gazetteer;

/// <summary>One curated faction: its canonical name and every other name it goes by.</summary>
/// <param name="Id">Stable id (lowercase slug).</param>
/// <param name="Aliases">Transliteration variants, acronyms and former spellings.</param>
/// <param name="Translations">English renderings ("Army of Conquest").</param>
/// <param name="Arabic">Names in Arabic script.</param>
public sealed record GazetteerEntry(
    string Id,
    string Name,
    FactionKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Translations,
    IReadOnlyList<string> Arabic)
{
    /// <summary>Every name, canonical first. Built once: extraction asks for it for every faction of every article.</summary>
    public IReadOnlyList<string> AllNames { get; } = [Name, .. Aliases, .. Translations, .. Arabic];

    /// <summary>Every name but the canonical one, each once: the aliases a faction of this entry starts with.</summary>
    public IReadOnlyList<string> OtherNames { get; } = [.. Aliases.Concat(Translations).Concat(Arabic).Where(n => n != Name).Distinct(StringComparer.Ordinal)];
}
