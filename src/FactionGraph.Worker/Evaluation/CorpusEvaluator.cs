using FactionGraph.Extraction;
using FactionGraph.Model;

namespace FactionGraph.Worker.Evaluation;

/// <summary>
/// Scores extraction against gold passages. A relation matches on type, source and target (either order for the
/// symmetric ALLIED_WITH and FIGHTS_AGAINST); stance is scored on the matches; entities on whether each gold id was found.
/// </summary>
public static class CorpusEvaluator
{
    public static CorpusScore Evaluate(FactionExtractor extractor, IEnumerable<GoldPassage> passages)
    {
        var score = new CorpusScore();
        foreach (var p in passages)
        {
            score.Passages++;
            var result = extractor.Extract(p.Text, p.Name, p.Gold.PublishedAt);
            var predicted = new Dictionary<string, Stance>(StringComparer.Ordinal);
            foreach (var r in result.Relations.OrderByDescending(r => r.Evidence.Confidence))
                predicted.TryAdd(Key(WireName.Of(r.Type), r.Source, r.Target), r.Evidence.Stance);
            var gold = p.Gold.Relations.GroupBy(g => Key(g.Type, g.Source, g.Target)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var (key, g) in gold)
            {
                var s = score.Of(g.Type);
                if (predicted.TryGetValue(key, out var stance))
                {
                    s.TruePositives++; score.Overall.TruePositives++;
                    if (string.Equals(WireName.Of(stance), g.Stance ?? "ASSERTED", StringComparison.OrdinalIgnoreCase)) score.StanceCorrect++;
                    else score.Errors.Add($"{p.Name}: stance {key} gold {g.Stance} got {WireName.Of(stance)}");
                }
                else { s.FalseNegatives++; score.Overall.FalseNegatives++; score.Errors.Add($"{p.Name}: missed {key}"); }
            }
            foreach (var key in predicted.Keys.Where(k => !gold.ContainsKey(k)))
            {
                score.Of(key.Split(' ')[0]).FalsePositives++; score.Overall.FalsePositives++;
                score.Errors.Add($"{p.Name}: spurious {key}");
            }
            var ids = result.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var e in p.Gold.Entities)
            {
                score.EntitiesGold++;
                if (ids.Contains(e.Id)) score.EntitiesResolved++;
                else score.Errors.Add($"{p.Name}: entity {e.Id} ('{e.Name}') not resolved");
            }
        }
        return score;
    }

    static string Key(string type, string source, string target)
    {
        var symmetric = type is "ALLIED_WITH" or "FIGHTS_AGAINST";
        if (symmetric && string.CompareOrdinal(source, target) > 0) (source, target) = (target, source);
        return $"{type} {source} {target}";
    }
}
