using System.Text.RegularExpressions;
using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>
/// "The groups include A, B and C." / "Among the factions taking part are A and B." / "The newcomers are A and B." — a list whose head is the
/// members themselves; they are members of the alliance the article named last before this sentence.
/// </summary>
internal static partial class LeadIn
{
    [GeneratedRegex(@"^(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:groups|factions|members|components|constituents|founding\s+members|member\s+groups|brigades|newcomers|new\s+members|additions)\s+(?:include|included|are|were)|among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:groups|factions|members|brigades)\s+(?:[\w-]+\s+){0,3}?(?:are|were|is|was))(?:\s+the)?$")]
    private static partial Regex Members();

    public static void Read(List<FoundRelation> found, Mention? alliance, MentionChain chain)
    {
        if (alliance is null || chain.Items.Count == 0 || !Members().IsMatch(chain.Gaps[0])) return;
        var members = new List<Mention> { chain.Items[0] };
        for (var i = 1; i < chain.Items.Count && ListCues.IsSeparator(chain.Gaps[i]); i++) members.Add(chain.Items[i]);
        foreach (var m in members)
            RelationReader.Add(found, new FoundRelation(RelationType.MemberOf, m.EntityId, alliance.EntityId, "member-lead-in", 0.75, false, chain.SpanOf(m, m)));
    }
}
