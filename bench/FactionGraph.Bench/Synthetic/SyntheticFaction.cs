using FactionGraph.Gazetteer;
using FactionGraph.Model;

namespace FactionGraph.Bench.Synthetic;

/// <summary>A generated faction: its gazetteer entry and the spellings articles may use for it.</summary>
sealed record SyntheticFaction(string Id, string Name, FactionKind Kind, IReadOnlyList<string> Aliases, string Translation)
{
    public GazetteerEntry ToEntry() => new(Id, Name, Kind, Aliases, [Translation], []);

    /// <summary>How an article names it: mostly the canonical name, often a variant, sometimes the English rendering.</summary>
    public string Spelling(Random random) => random.Next(10) switch
    {
        < 5 => Name,
        < 9 when Aliases.Count > 0 => Aliases[random.Next(Aliases.Count)],
        _ => Translation,
    };
}
