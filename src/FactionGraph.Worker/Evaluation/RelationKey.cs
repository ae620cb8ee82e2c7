namespace FactionGraph.Worker.Evaluation;

/// <summary>
/// What a relation is matched on: its type and both ends. For a type read without direction the ends are put in
/// ordinal order, so "A allied with B" and "B allied with A" are one key.
/// </summary>
public readonly record struct RelationKey(string Type, string Source, string Target)
{
    public static RelationKey Of(string type, string source, string target, IReadOnlySet<string> undirected) =>
        undirected.Contains(type) && string.CompareOrdinal(source, target) > 0
            ? new(type, target, source)
            : new(type, source, target);

    // The text the error listings have always shown: "MEMBER_OF source target".
    public override string ToString() => $"{Type} {Source} {Target}";
}

/// <summary>The one place gold and predicted key sets become true positives, false positives and misses.</summary>
public static class RelationTally
{
    /// <summary>
    /// Counts each type seen on either side into <paramref name="byType"/> and everything into <paramref name="all"/>:
    /// a key in both is a hit, only predicted a false positive, only gold a miss.
    /// </summary>
    public static void Add(Func<string, TypeScore> byType, TypeScore all, IReadOnlySet<RelationKey> gold, IReadOnlySet<RelationKey> predicted)
    {
        foreach (var type in gold.Concat(predicted).Select(k => k.Type).Distinct())
            Count(byType(type), gold.Where(k => k.Type == type).ToHashSet(), predicted.Where(k => k.Type == type).ToHashSet());
        Count(all, gold, predicted);
    }

    static void Count(TypeScore score, IReadOnlySet<RelationKey> gold, IReadOnlySet<RelationKey> predicted)
    {
        var hits = gold.Count(predicted.Contains);
        score.TruePositives += hits;
        score.FalsePositives += predicted.Count - hits;
        score.FalseNegatives += gold.Count - hits;
    }
}
