using FactionGraph.Model;

namespace FactionGraph.Worker.Evaluation;

/// <summary>
/// Scores one extraction against one real-text excerpt with score.py's rules, so the evaluate verb and score.py agree:
/// predicted entities are mapped to the excerpt's canonical names by votes of their name and aliases; ties,
/// affiliations and fighting have no direction; lenient mode reads MERGED_INTO as MEMBER_OF, ALLIED_WITH as
/// AFFILIATED_WITH and SPLIT_FROM as LEFT; optional gold counts neither way; a denied gold relation or hard negative
/// predicted without stance DENIED is a trap.
/// </summary>
public static class RealTextScorer
{
    public const string Strict = "strict", Lenient = "lenient";

    static readonly HashSet<string> Undirected = new(["ALLIED_WITH", "AFFILIATED_WITH", "FIGHTS_AGAINST"], StringComparer.Ordinal);
    static readonly Dictionary<string, string> LenientType = new(StringComparer.Ordinal)
    {
        ["MERGED_INTO"] = "MEMBER_OF", ["ALLIED_WITH"] = "AFFILIATED_WITH", ["SPLIT_FROM"] = "LEFT",
    };

    public static RelationKey Key(string type, string source, string target, bool lenient) =>
        RelationKey.Of(lenient ? LenientType.GetValueOrDefault(type, type) : type, source, target, Undirected);

    /// <summary>Adds one excerpt to <paramref name="score"/>; <paramref name="extraction"/> null means no output for it.</summary>
    public static void Add(RealTextScore score, RealTextExcerpt excerpt, ArticleExtraction? extraction)
    {
        score.Excerpts++;
        if (extraction is null) score.WithoutOutput++;
        var gold = excerpt.Gold;
        var canonical = CanonicalNames.Of(gold.Groups);
        // Later entities with the same id replace earlier ones, as in score.py's dict.
        var ends = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var e in extraction?.Entities ?? []) ends[e.Id] = canonical.Vote([e.Name, .. e.Aliases]);
        var found = ends.Values.ToHashSet();
        score.FactionsGold += gold.Groups.Count;
        score.FactionsFound += gold.Groups.Count(g => found.Contains(g.Name));

        foreach (var lenient in (bool[])[false, true])
        {
            HashSet<RelationKey> Keys(IEnumerable<RealTextRelation> rs) => [.. rs.Select(r => Key(r.Type, r.Source, r.Target, lenient))];
            var positive = Keys(gold.Relations.Where(r => !r.IsOptional && !r.Denied));
            var optional = Keys(gold.Relations.Where(r => r.IsOptional));
            var denied = Keys(gold.Relations.Where(r => r.Denied && !r.IsOptional));
            var negative = Keys(gold.NonRelations ?? []);
            HashSet<RelationKey> got = [], gotDenied = [];
            foreach (var r in extraction?.Relations ?? [])
            {
                var (s, o) = (ends.GetValueOrDefault(r.Source), ends.GetValueOrDefault(r.Target));
                if (s is null || o is null || s == o) continue;
                (r.Evidence.Stance == Stance.Denied ? gotDenied : got).Add(Key(WireName.Of(r.Type), s, o, lenient));
            }
            // An optional relation the gold does not also require is neither rewarded nor punished.
            got.ExceptWith(optional.Except(positive));

            var mode = lenient ? Lenient : Strict;
            RelationTally.Add(type => score.Of(mode, type), score.Of(mode, "ALL"), positive, got);
            if (lenient) continue;
            RelationTally.Add(_ => new TypeScore(), score.OfConflict(excerpt.Conflict ?? "?"), positive, got);
            var traps = got.Where(k => denied.Contains(k) || negative.Contains(k)).ToList();
            score.TrapsHit += traps.Count;
            score.DeniedGold += denied.Count;
            score.DeniedRead += gotDenied.Count(denied.Contains);
            Listed("missed", positive.Except(got));
            Listed("spurious", got.Except(positive));
            Listed("trap", traps);

            // Canonical names have spaces, so the ends are set apart; sorted, so two runs list alike.
            void Listed(string what, IEnumerable<RelationKey> keys) => score.Errors.AddRange(keys
                .OrderBy(k => k.ToString(), StringComparer.Ordinal).Select(k => $"{excerpt.Id}: {what} {k.Type}: {k.Source} → {k.Target}"));
        }
    }
}
