using System.Text.Json.Serialization;

namespace FactionGraph.Worker.Evaluation;

/// <summary>True/false positives and misses for one relation type (or all), with the usual ratios.</summary>
public sealed class TypeScore
{
    [JsonPropertyName("tp")] public int TruePositives { get; set; }
    [JsonPropertyName("fp")] public int FalsePositives { get; set; }
    [JsonPropertyName("fn")] public int FalseNegatives { get; set; }
    [JsonPropertyName("precision")] public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    [JsonPropertyName("recall")] public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    [JsonPropertyName("f1")] public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    // An empty denominator means nothing was asked or claimed: not a failure.
    static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}

/// <summary>The figures of one evaluation run over a corpus.</summary>
public sealed class CorpusScore
{
    [JsonPropertyName("passages")] public int Passages { get; set; }
    [JsonPropertyName("byType")] public SortedDictionary<string, TypeScore> ByType { get; } = new(StringComparer.Ordinal);
    [JsonPropertyName("overall")] public TypeScore Overall { get; } = new();
    [JsonPropertyName("stanceCorrect")] public int StanceCorrect { get; set; }
    [JsonPropertyName("stanceAccuracy")] public double StanceAccuracy => Overall.TruePositives == 0 ? 1 : (double)StanceCorrect / Overall.TruePositives;
    [JsonPropertyName("entitiesGold")] public int EntitiesGold { get; set; }
    [JsonPropertyName("entitiesResolved")] public int EntitiesResolved { get; set; }
    [JsonPropertyName("entityAccuracy")] public double EntityAccuracy => EntitiesGold == 0 ? 1 : (double)EntitiesResolved / EntitiesGold;
    [JsonPropertyName("errors")] public List<string> Errors { get; } = [];

    public TypeScore Of(string type) => ByType.TryGetValue(type, out var s) ? s : ByType[type] = new TypeScore();
}
