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
            var predicted = new Dictionary<RelationKey, Stance>();
            foreach (var r in result.Relations.OrderByDescending(r => r.Evidence.Confidence))
                predicted.TryAdd(RelationKey.Of(WireName.Of(r.Type), r.Source, r.Target, Undirected), r.Evidence.Stance);
            var gold = p.Gold.Relations.GroupBy(g => RelationKey.Of(g.Type, g.Source, g.Target, Undirected)).ToDictionary(g => g.Key, g => g.First());
            RelationTally.Add(score.Of, score.Overall, gold.Keys.ToHashSet(), predicted.Keys.ToHashSet());
            foreach (var (key, g) in gold)
            {
                if (!predicted.TryGetValue(key, out var stance)) score.Errors.Add($"{p.Name}: missed {key}");
                else if (string.Equals(WireName.Of(stance), g.Stance ?? "ASSERTED", StringComparison.OrdinalIgnoreCase)) score.StanceCorrect++;
                else score.Errors.Add($"{p.Name}: stance {key} gold {g.Stance} got {WireName.Of(stance)}");
            }
            foreach (var key in predicted.Keys.Where(k => !gold.ContainsKey(k))) score.Errors.Add($"{p.Name}: spurious {key}");
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

    // The project's own corpus reads AFFILIATED_WITH with a direction (branch → parent); the real-text corpus does not.
    static readonly HashSet<string> Undirected = new(["ALLIED_WITH", "FIGHTS_AGAINST"], StringComparer.Ordinal);
}
