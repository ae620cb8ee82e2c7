namespace FactionGraph.Bench.Synthetic;

/// <summary>Who is in which alliance, replayed event by event as the corpus is written in date order.</summary>
sealed class Membership
{
    readonly Dictionary<string, List<SyntheticFaction>> members = [];
    readonly List<SyntheticFaction> alliances = [];
    readonly Dictionary<string, SyntheticFaction> allianceOf = [];

    public void Apply(WorldEvent e)
    {
        if (e.Kind is EventKind.Formed or EventKind.Joined)
            foreach (var m in e.Members) { MembersOf(e.Alliance).Add(m); allianceOf[m.Id] = e.Alliance; }
        else if (e.Kind is EventKind.Left)
        {
            MembersOf(e.Alliance).Remove(e.Members[0]);
            if (allianceOf.GetValueOrDefault(e.Members[0].Id) == e.Alliance) allianceOf.Remove(e.Members[0].Id);
        }
    }

    public List<SyntheticFaction> MembersOf(SyntheticFaction alliance)
    {
        if (members.TryGetValue(alliance.Id, out var list)) return list;
        alliances.Add(alliance);
        return members[alliance.Id] = [];
    }

    /// <summary>An alliance the group currently belongs to (its latest), if any.</summary>
    public SyntheticFaction? AllianceOf(SyntheticFaction group) => allianceOf.GetValueOrDefault(group.Id);

    /// <summary>A formed alliance with at least three members, for "X includes A, B and C" sentences; null early on.</summary>
    public SyntheticFaction? SomeListedAlliance(Random random)
    {
        for (var attempt = 0; attempt < 5 && alliances.Count > 0; attempt++)
        {
            var alliance = alliances[random.Next(alliances.Count)];
            if (members[alliance.Id].Count >= 3) return alliance;
        }
        return null;
    }
}
