using System.Text.RegularExpressions;

namespace FactionGraph.Extraction;

/// <summary>
/// A connector that matched a gap; Clause when it matched only the words after a comma ("..., has joined X");
/// Coordinated when it matched only a verb phrase after "and" ("A broke away from B in 2016 and is recognised by C") or
/// a phrase without a subject of its own ("A pledged allegiance to B in a bid to end clashes with C"): its subject is the
/// subject of the verb before.
/// </summary>
/// Restated when a pronoun after "and" names that subject again ("A groups B, and it has fought alongside C"): the subject is
/// then the previous verb's subject whichever way that verb reads.
internal readonly record struct ConnectorMatch(Connector Connector, bool Clause, bool Coordinated = false, bool Restated = false);

/// <summary>All connector tables in the order they are tried: the more specific phrase first ("no longer part of" before "part of").</summary>
internal static class Connectors
{
    static readonly Connector[] Ordered = [.. TieConnectors.Early, .. ChangeConnectors.All.Where(c => c.Type is Model.RelationType.Left or Model.RelationType.SplitFrom),
        .. MembershipConnectors.All, .. ChangeConnectors.All.Where(c => c.Type is not (Model.RelationType.Left or Model.RelationType.SplitFrom)), .. TieConnectors.All];

    public static Connector? Modifier(string gap)
    {
        if (gap.Length == 0 || gap[0] != '-') return null;
        return ModifierOf[gap];
    }

    static readonly GapMemo<Connector?> ModifierOf = new(gap =>
    {
        gap += " "; // patterns end in a space before the next name
        foreach (var c in TieConnectors.Modifiers) if (c.Pattern.IsMatch(gap)) return c;
        return null;
    });

    /// <summary>
    /// The first connector whose phrase is the whole gap and whose conditions hold; failing that, one whose phrase is
    /// the clause after a comma in the gap ("A, whose fighters ..., has joined X"); failing that, a verb phrase after "and".
    /// </summary>
    public static ConnectorMatch? Match(string gap, string before, string after, bool leftIsAlliance)
    {
        if (gap.Length == 0 || gap.Length > GapText.MaxLength) return null;
        if (First(gap + " ", before, after, leftIsAlliance) is { } whole) return new ConnectorMatch(whole, false, Subjectless[gap]);
        for (var comma = gap.IndexOf(',', 1); comma > 0 && comma < gap.Length - 1; comma = gap.IndexOf(',', comma + 1))
            if (First(gap[(comma + 1)..].TrimStart() + " ", before, after, leftIsAlliance) is { } clause) return new ConnectorMatch(clause, true);
        for (var and = gap.IndexOf(" and ", StringComparison.Ordinal); and > 0; and = gap.IndexOf(" and ", and + 1, StringComparison.Ordinal))
        {
            var rest = gap[(and + 5)..];
            // "..., and it has fought alongside X": the pronoun restates the subject before the "and".
            var restated = rest.StartsWith("it ", StringComparison.Ordinal) || rest.StartsWith("they ", StringComparison.Ordinal);
            if (restated) rest = rest[(rest.IndexOf(' ') + 1)..];
            if (StartsVerbPhrase(rest) && First(rest + " ", before, after, leftIsAlliance) is { } coordinated) return new ConnectorMatch(coordinated, true, true, restated);
        }
        return null;
    }

    static readonly Regex SubjectlessLead = new(@"^(?:in\s+a\s+bid\s+to|in\s+an?\s+(?:attempt|effort|push)\s+to|in\s+order\s+to|so\s+as\s+to|(?:after|before|while|since)\s+\w+ing)\s",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    static readonly GapMemo<bool> Subjectless = new(gap => SubjectlessLead.IsMatch(gap + " "));

    // Cheap test before any regex: the words after "and" open a verb phrase ("is recognised", "has since joined", "later attacked").
    static bool StartsVerbPhrase(string rest)
    {
        var space = rest.IndexOf(' ');
        var word = space < 0 ? rest : rest[..space];
        return word is "has" or "have" or "had" or "is" or "was" or "are" or "were" or "later" or "then" or "since" or "also" or "subsequently" or "now"
            || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));
    }

    // Which connectors' phrases fit a gap depends on the gap alone, so it is computed once per distinct gap; the
    // cheap conditions (alliance on the left, the text before and after) are then checked only for those. All are
    // pure tests, so checking the phrase first picks the same connector as checking it last did.
    static readonly GapMemo<Connector[]> Fitting = new(gap => [.. Ordered.Where(c => c.Pattern.IsMatch(gap))]);

    static Connector? First(string gap, string before, string after, bool leftIsAlliance)
    {
        foreach (var c in Fitting[gap])
        {
            if (c.AllianceOnLeft && !leftIsAlliance) continue;
            if (c.Before is not null && !c.Before.IsMatch(before + " ")) continue;
            if (c.After is not null && !c.After.IsMatch(after)) continue;
            return c;
        }
        return null;
    }
}
