namespace FactionGraph.Extraction;

/// <summary>All connector tables in the order they are tried: the more specific phrase first ("no longer part of" before "part of").</summary>
internal static class Connectors
{
    static readonly Connector[] Ordered = [.. ChangeConnectors.All.Where(c => c.Type is Model.RelationType.Left or Model.RelationType.SplitFrom),
        .. MembershipConnectors.All, .. ChangeConnectors.All.Where(c => c.Type is not (Model.RelationType.Left or Model.RelationType.SplitFrom)), .. TieConnectors.All];

    public static Connector? Modifier(string gap)
    {
        if (gap.Length == 0 || gap[0] != '-') return null;
        gap += " "; // patterns end in a space before the next name
        foreach (var c in TieConnectors.Modifiers) if (c.Pattern.IsMatch(gap)) return c;
        return null;
    }

    /// <summary>The first connector whose phrase is the whole gap and whose conditions hold.</summary>
    public static Connector? Match(string gap, string before, bool leftIsAlliance)
    {
        if (gap.Length == 0 || gap.Length > GapText.MaxLength) return null;
        gap += " ";
        foreach (var c in Ordered)
        {
            if (c.AllianceOnLeft && !leftIsAlliance) continue;
            if (c.Before is not null && !c.Before.IsMatch(before)) continue;
            if (c.Pattern.IsMatch(gap)) return c;
        }
        return null;
    }
}
