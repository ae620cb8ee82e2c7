using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>A relation read from one sentence, before stance and date are attached; Span covers the two mentions and the words between.</summary>
internal readonly record struct FoundRelation(RelationType Type, string Source, string Target, string Rule, double Confidence, bool Negated, TextSpan Span);

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
        /// <summary>"A joined X along with B and C": these members share the subject role of an earlier link.</summary>
        public int AlongWithLink { get; set; } = -1;
    }

    sealed record Link(Connector Connector, List<Mention> Left, bool Negated);

    public static List<FoundRelation> Read(ArticleState state, TextSpan sentence, List<Mention> mentions, Mention? previousAlliance)
    {
        var found = new List<FoundRelation>();
        var chain = MentionChain.Build(state, sentence, mentions, found);
        var (items, gaps, tail) = (chain.Items, chain.Gaps, chain.Tail);
        if (items.Count == 0) return found;

        var sides = new List<Side> { new(items[0], gaps[0]) };
        var links = new List<Link?>();
        for (var i = 1; i < items.Count; i++)
        {
            var left = sides[^1];
            var after = AfterList(gaps, tail, i);
            var leftIsAlliance = left.Members.All(m => state.Entities.KindOf(m.EntityId) == FactionKind.Alliance);
            var match = Connectors.Match(gaps[i], left.Before, after, leftIsAlliance);
            var dashList = leftIsAlliance && left.Members.Count == 1 && OpensDashList(state, items[i - 1], items[i]);
            if (dashList) match = new ConnectorMatch(MembershipConnectors.DashList, false);
            // ", a" is a list separator unless what follows makes it a qualifier: "Jaysh al-Izza, a Free Syrian Army faction".
            if (!dashList && ListCues.IsSeparator(gaps[i]) && match?.Connector.After is null) { left.Members.Add(items[i]); continue; }
            if (ListCues.IsAlongWith(gaps[i]) && links.Count > 0 && links[^1] is not null)
            {
                sides.Add(new Side(items[i], gaps[i]) { AlongWithLink = links.Count - 1 });
                links.Add(null);
                continue;
            }
            sides.Add(new Side(items[i], gaps[i]));
            if (match is not { } m) { links.Add(null); continue; }
            // "A broke away from B and is recognised by C": the verb after "and" shares A, the subject before it.
            var subject = m.Coordinated && links.Count > 0 && links[^1] is { } previous && (m.Restated || previous.Connector.Direction != Direction.Reverse)
                ? previous.Left
                : SubjectOf(sides, links, m.Clause);
            // "it" with no verb read before it: whom it restates is unknown, and the nearest name is usually wrong.
            if (m.Restated && subject != links.LastOrDefault()?.Left) { links.Add(null); continue; }
            var phrase = m.Coordinated ? "" : m.Clause ? gaps[i][gaps[i].LastIndexOf(',')..] : gaps[i];
            if (subject == left.Members && subject.Count > 1 && ListCues.IsSingularApposition(phrase)) subject = [subject[^1]];
            links.Add(new Link(m.Connector, subject, MentionChain.IsNegated(gaps[i])));
        }

        for (var k = 0; k < links.Count; k++)
        {
            var link = links[k];
            var right = sides[k + 1];
            if (link is null)
            {
                if (right.AlongWithLink >= 0 && links[right.AlongWithLink] is { } shared)
                    Emit(found, shared.Connector, right.Members, sides[right.AlongWithLink + 1].Members, shared.Negated, chain);
                continue;
            }
            var c = link.Connector;
            if (c.Direction == Direction.Coordinate && k + 1 < links.Count && links[k + 1] is { } next
                && next.Connector.Direction == Direction.Forward && next.Connector.Type is RelationType.MemberOf or RelationType.MergedInto)
            {
                // "A merged with B to form X": both went into X.
                var type = c.Type == RelationType.MergedInto ? RelationType.MergedInto : next.Connector.Type;
                Emit(found, next.Connector with { Type = type }, [.. link.Left, .. right.Members], sides[k + 2].Members, next.Negated, chain);
                k++;
                continue;
            }
            // "an alliance of FSA factions", "Jaysh al-Islam's northern units": a name that only qualifies joins nothing.
            var rightMembers = c.Type == RelationType.MemberOf ? right.Members.Where(m => !chain.IsAdjectival(m)).ToList() : right.Members;
            var left = c.Direction == Direction.Reverse && c.Type != RelationType.FightsAgainst ? [link.Left[^1]] : link.Left;
            Emit(found, c, left, rightMembers, link.Negated, chain);
        }

        ListRelations(found, sides, links, tail, chain);
        LeadIn.Read(found, previousAlliance, chain);
        return found;
    }

    // An alliance, a dash, then a list closed by a second dash: "X — the A, the B and the C — said". One member between
    // dashes is an ordinary apposition ("X — a rival of Y —"), which the connectors read, so a comma or "and" must follow it.
    static bool OpensDashList(ArticleState state, Mention alliance, Mention first)
    {
        var text = state.Text;
        var gap = text.AsSpan(alliance.End, first.Start - alliance.End).Trim();
        if (gap.Length == 0 || gap[0] is not ('—' or '–') || gap.Length > 6) return false; // the dash and at most "the"
        var close = text.IndexOfAny(['—', '–', '.', '\n'], first.End);
        if (close < 0 || text[close] is '.' or '\n') return false;
        var inside = text.AsSpan(first.End, close - first.End);
        return inside.Contains(',') || inside.Contains(" and ", StringComparison.Ordinal);
    }

    // The text after the list that starts at item i: "accused A and B of storming its positions" reads "of storming" for A too.
    static string AfterList(List<string> gaps, string tail, int i)
    {
        var j = i + 1;
        while (j < gaps.Count && ListCues.IsSeparator(gaps[j])) j++;
        return j < gaps.Count ? gaps[j] : tail;
    }

    // "A, a member of X, joined Y" and "A, ..., has joined Y": a phrase set off by commas does not take the subject role.
    static List<Mention> SubjectOf(List<Side> sides, List<Link?> links, bool clause)
    {
        var k = sides.Count - 2; // the side left of the new link
        if (k >= 1 && (sides[k].Before.StartsWith(',') && (clause || sides[k + 1].Before.StartsWith(',')) || links[k - 1]?.Connector.Rule is "allied-backed-by" or "member-led-by"))
            return links[k - 1]?.Left is { } earlier && links[k - 1]!.Connector.Direction != Direction.Reverse ? earlier : sides[k - 1].Members;
        return sides[k].Members;
    }

    static void ListRelations(List<FoundRelation> found, List<Side> sides, List<Link?> links, string tail, MentionChain chain)
    {
        for (var k = 0; k < sides.Count; k++)
        {
            var members = sides[k].Members;
            if (members.Count < 2) continue;
            var after = k + 1 < sides.Count ? sides[k + 1].Before : tail;
            var type = ListCues.Between(sides[k].Before) ?? (k < links.Count && links[k] is not null ? null : ListCues.After(after));
            if (type is null) continue;
            for (var a = 0; a < members.Count; a++)
                for (var b = a + 1; b < members.Count; b++)
                    Add(found, new FoundRelation(type.Value, members[a].EntityId, members[b].EntityId, "list-" + WireName.Of(type.Value).ToLowerInvariant(), 0.75, false, chain.SpanOf(members[a], members[b])));
        }
    }

    internal static void Emit(List<FoundRelation> found, Connector c, List<Mention> left, List<Mention> right, bool negated, MentionChain chain)
    {
        foreach (var l in left)
            foreach (var r in right)
            {
                var (s, t) = c.Direction == Direction.Reverse ? (r, l) : (l, r);
                Add(found, new FoundRelation(c.Type, s.EntityId, t.EntityId, c.Rule, c.Confidence, negated, chain.SpanOf(l, r)));
            }
    }

    internal static void Add(List<FoundRelation> found, FoundRelation r)
    {
        if (r.Source == r.Target) return;
        if (found.Any(f => f.Type == r.Type && f.Source == r.Source && f.Target == r.Target)) return;
        found.Add(r);
    }
}
