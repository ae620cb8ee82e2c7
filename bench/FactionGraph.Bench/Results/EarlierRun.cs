using System.Text.Json;

namespace FactionGraph.Bench.Results;

/// <summary>
/// A run of some steps only (bench/run.sh --only) must not wipe the figures of the others from bench/results: the
/// previous latest.json's figures are kept, in their order, except those this run measured again, and the report says
/// which figures are older.
/// </summary>
static class EarlierRun
{
    public static (List<Figure> Figures, IReadOnlyList<string> Notes) Merge(string latestJson, List<Figure> measured, IReadOnlyList<string> notes)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(latestJson));
        var root = document.RootElement;
        // Query ratios are recomputed by the report from whatever figures it has; an earlier one would be a duplicate.
        var earlier = (root.TryGetProperty("figures", out var f) ? f.Deserialize<List<Figure>>(FigureFile.Json) ?? [] : [])
            .Where(e => !(e.Key.StartsWith("query.", StringComparison.Ordinal) && e.Key.EndsWith(".ratio", StringComparison.Ordinal))).ToList();
        var when = root.TryGetProperty("generatedAt", out var g) ? g.GetString() : "an earlier run";
        var earlierNotes = root.TryGetProperty("notes", out var n) ? n.Deserialize<List<string>>(FigureFile.Json) ?? [] : [];

        var now = measured.GroupBy(m => m.Key).ToDictionary(m => m.Key, m => m.Last());
        var merged = earlier.Select(e => now.GetValueOrDefault(e.Key) ?? e).ToList();
        merged.AddRange(measured.Where(m => !earlier.Any(e => e.Key == m.Key)));
        var kept = earlier.Count(e => !now.ContainsKey(e.Key));
        return (merged, [.. notes, $"{measured.Count} figures measured in this run; the other {kept} are carried over from the run of {when}.",
            .. earlierNotes.Select(e => $"(run of {when}) {e}")]);
    }
}
