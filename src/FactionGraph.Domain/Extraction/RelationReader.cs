using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>A relation read from one sentence, before stance and date are attached.</summary>
internal readonly record struct FoundRelation(RelationType Type, string Source, string Target, string Rule, double Confidence, bool Negated);

/// <summary>
/// Reads relations from one sentence as a chain: mentions, and the phrase between each two. Lists of mentions
/// ("A, B and C") act as one side; a connector phrase between two sides states the relation. Two mentions with
/// no connecting phrase between them are never related — co-mention is not a relation.
/// </summary>
internal static class RelationReader
{
    sealed class Side(Mention first, string before)
    {
        public List<Mention> Members { get; } = [first];
        public string Before { get; } = before;
    }

    public static List<FoundRelation> Read(ArticleState state, TextSpan sentence, List<Mention> mentions)
    {
        var found = new List<FoundRelation>();
        if (mentions.Count == 0) return found;
        var items = new List<Mention>(mentions);
        var gaps = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
            gaps.Add(GapText.Normalize(state.Text.AsSpan(i == 0 ? sentence.Start : items[i - 1].End, items[i].Start - (i == 0 ? sentence.Start : items[i - 1].End))));
        var tail = GapText.Normalize(state.Text.AsSpan(items[^1].End, sentence.End - items[^1].End));

        // "the al-Qaeda-linked Nusra Front": relate, then let the qualified mention take the qualifier's place.
        for (var i = 0; i + 1 < items.Count;)
        {
            var c = Connectors.Modifier(gaps[i + 1]);
            if (c is null) { i++; continue; }
            Emit(found, c, [items[i]], [items[i + 1]], gaps[i + 1]);
            items.RemoveAt(i); gaps.RemoveAt(i + 1);
        }
        // "Jaysh al-Fath, the rebel alliance, ..." — one faction named twice is one item.
        for (var i = 1; i < items.Count;)
            if (items[i].EntityId == items[i - 1].EntityId && ListCues.IsSeparator(gaps[i])) { items.RemoveAt(i); gaps.RemoveAt(i); }
            else i++;

        if (Environment.GetEnvironmentVariable("FG_DEBUG") == "1") Console.Error.WriteLine("S: " + string.Join(" | ", items.Select((m, i) => $"[{gaps[i]}] <{m.EntityId}>")) + $" [{tail}]");
        var sides = new List<Side> { new(items[0], gaps[0]) };
        var links = new List<Connector?>();
        for (var i = 1; i < items.Count; i++)
        {
            var left = sides[^1];
            if (ListCues.IsSeparator(gaps[i])) { left.Members.Add(items[i]); continue; }
            var c = Connectors.Match(gaps[i], left.Before, left.Members.All(m => state.Entities.KindOf(m.EntityId) == FactionKind.Alliance));
            links.Add(c);
            sides.Add(new Side(items[i], gaps[i]));
        }

        for (var k = 0; k < links.Count; k++)
        {
            var c = links[k];
            if (c is null) continue;
            var left = sides[k].Members;
            if (c.Direction == Direction.Coordinate && k + 1 < links.Count && links[k + 1] is { } next
                && next.Direction == Direction.Forward && next.Type is RelationType.MemberOf or RelationType.MergedInto)
            {
                // "A merged with B to form X": both went into X.
                var type = c.Type == RelationType.MergedInto ? RelationType.MergedInto : next.Type;
                Emit(found, next with { Type = type }, [.. left, .. sides[k + 1].Members], sides[k + 2].Members, gaps[0]);
                k++;
                continue;
            }
            Emit(found, c, left, sides[k + 1].Members, sides[k + 1].Before);
        }

        for (var k = 0; k < sides.Count; k++)
        {
            var members = sides[k].Members;
            if (members.Count < 2) continue;
            var after = k + 1 < sides.Count ? sides[k + 1].Before : tail;
            var type = ListCues.Between(sides[k].Before) ?? (k < links.Count && links[k] is not null ? null : ListCues.After(after));
            if (type is null) continue;
            for (var a = 0; a < members.Count; a++)
                for (var b = a + 1; b < members.Count; b++)
                    Add(found, new FoundRelation(type.Value, members[a].EntityId, members[b].EntityId, "list-" + WireName.Of(type.Value).ToLowerInvariant(), 0.75, false));
        }
        return found;
    }

    static void Emit(List<FoundRelation> found, Connector c, List<Mention> left, List<Mention> right, string gap)
    {
        var negated = IsNegated(gap);
        foreach (var l in left)
            foreach (var r in right)
            {
                var (s, t) = c.Direction == Direction.Reverse ? (r, l) : (l, r);
                Add(found, new FoundRelation(c.Type, s.EntityId, t.EntityId, c.Rule, c.Confidence, negated));
            }
    }

    static void Add(List<FoundRelation> found, FoundRelation r)
    {
        if (r.Source == r.Target) return;
        if (found.Any(f => f.Type == r.Type && f.Source == r.Source && f.Target == r.Target)) return;
        found.Add(r);
    }

    static bool IsNegated(string gap) =>
        gap.Contains(" not ") || gap.StartsWith("not ") || gap.Contains("never ") || gap.Contains("n't ") || gap.Contains("denied ") || gap.Contains("denies ");
}
