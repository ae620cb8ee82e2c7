using System.Text.Json.Serialization;

namespace FactionGraph.Worker.Evaluation;

/// <summary>
/// The figures score.py prints for a part of the real-text corpus: counts per "strict TYPE" / "lenient TYPE" (and
/// "strict ALL" / "lenient ALL"), counts per conflict (strict), factions found, denials read and traps hit.
/// </summary>
public sealed class RealTextScore
{
    [JsonPropertyName("part")] public string Part { get; set; } = "";
    [JsonPropertyName("excerpts")] public int Excerpts { get; set; }
    [JsonPropertyName("withoutOutput")] public int WithoutOutput { get; set; }
    [JsonIgnore] public SortedDictionary<string, TypeScore> ByType { get; } = new(StringComparer.Ordinal);
    [JsonIgnore] public SortedDictionary<string, TypeScore> ByConflict { get; } = new(StringComparer.Ordinal);
    // In JSON the ratios are score.py's (0 on an empty denominator), not TypeScore's own.
    [JsonPropertyName("byType")] public SortedDictionary<string, RealTextFigures> TypeFigures => Figures(ByType);
    [JsonPropertyName("byConflict")] public SortedDictionary<string, RealTextFigures> ConflictFigures => Figures(ByConflict);
    [JsonPropertyName("factionsGold")] public int FactionsGold { get; set; }
    [JsonPropertyName("factionsFound")] public int FactionsFound { get; set; }
    [JsonPropertyName("deniedGold")] public int DeniedGold { get; set; }
    [JsonPropertyName("deniedRead")] public int DeniedRead { get; set; }
    [JsonPropertyName("trapsHit")] public int TrapsHit { get; set; }
    [JsonPropertyName("errors")] public List<string> Errors { get; } = [];

    /// <summary>"strict MEMBER_OF", "lenient ALL", ...: created on first use, as score.py's defaultdict does.</summary>
    public TypeScore Of(string mode, string type) => Get(ByType, $"{mode} {type}");

    public TypeScore OfConflict(string conflict) => Get(ByConflict, conflict);

    /// <summary>Share of gold factions some predicted entity was mapped to (score.py divides by at least 1).</summary>
    [JsonPropertyName("factionsFoundShare")] public double FactionsFoundShare => (double)FactionsFound / Math.Max(1, FactionsGold);

    /// <summary>score.py's ratios: an empty denominator gives 0, not 1 as the project's own corpus score has it.</summary>
    public static (double Precision, double Recall, double F1) Ratios(TypeScore s)
    {
        double tp = s.TruePositives, fp = s.FalsePositives, fn = s.FalseNegatives;
        var p = tp + fp > 0 ? tp / (tp + fp) : 0.0;
        var r = tp + fn > 0 ? tp / (tp + fn) : 0.0;
        // Same operations in the same order as score.py, so the printed digits are the same.
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    }

    static SortedDictionary<string, RealTextFigures> Figures(SortedDictionary<string, TypeScore> scores) =>
        new(scores.ToDictionary(kv => kv.Key, kv => RealTextFigures.Of(kv.Value)), StringComparer.Ordinal);

    static TypeScore Get(SortedDictionary<string, TypeScore> scores, string key) =>
        scores.TryGetValue(key, out var s) ? s : scores[key] = new TypeScore();
}

/// <summary>One line of score.py's table as JSON.</summary>
public sealed record RealTextFigures(
    [property: JsonPropertyName("tp")] int TruePositives,
    [property: JsonPropertyName("fp")] int FalsePositives,
    [property: JsonPropertyName("fn")] int FalseNegatives,
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("f1")] double F1)
{
    public static RealTextFigures Of(TypeScore s)
    {
        var (p, r, f) = RealTextScore.Ratios(s);
        return new(s.TruePositives, s.FalsePositives, s.FalseNegatives, p, r, f);
    }
}
