namespace FactionGraph.Worker.Evaluation;

/// <summary>
/// An excerpt's gold groups by folded spelling: each canonical name and every alias the text uses. A spelling two
/// groups share belongs to the first group listed, as in score.py.
/// </summary>
public sealed class CanonicalNames
{
    readonly Dictionary<string, string> byFolded = new(StringComparer.Ordinal);

    public static CanonicalNames Of(IEnumerable<RealTextGroup> groups)
    {
        var names = new CanonicalNames();
        foreach (var g in groups)
            foreach (var form in (string[])[g.Name, .. g.AliasesInText ?? []])
                names.byFolded.TryAdd(NameFolding.Fold(form), g.Name);
        return names;
    }

    /// <summary>
    /// The canonical name most of an entity's spellings fold to; on a tie, the one its earliest spelling (the name
    /// before the aliases) reached first. Null when none is a gold spelling.
    /// </summary>
    public string? Vote(IEnumerable<string> spellings)
    {
        var votes = new List<(string Name, int Count)>();
        foreach (var form in spellings)
        {
            if (!byFolded.TryGetValue(NameFolding.Fold(form), out var name)) continue;
            var i = votes.FindIndex(v => v.Name == name);
            if (i < 0) votes.Add((name, 1)); else votes[i] = (name, votes[i].Count + 1);
        }
        return votes.Count == 0 ? null : votes.MaxBy(v => v.Count).Name;
    }
}
