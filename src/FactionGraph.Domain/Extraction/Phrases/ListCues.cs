using System.Text.RegularExpressions;
using FactionGraph.Model;
using static FactionGraph.Extraction.Phrases;

namespace FactionGraph.Extraction;

/// <summary>
/// Phrases that bind mentions into one list ("A, B, and the factions of C") and phrases that relate
/// the members of a list to each other ("clashes between A and B", "A and B clashed").
/// </summary>
internal static partial class ListCues
{
    // ", fellow members of X" after a list is an apposition (membership), not "and the members of X" continuing it.
    static readonly Regex Separator = new(
        @"^(?!,\s*(?:(?:fellow|all|both)\s+)?members\s+of\b)(?:(?:group|movement|faction|brigades?|militia|rebels|fighters|organi[sz]ation|alliance|jihadists|forces)\s*)?(?:,|;|,?\s*and|,?\s*as\s+well\s+as|,?\s*along\s+with|,?\s*together\s+with|,?\s*plus|&|/|,?\s*and\s+also)?\s*(?:(?:the|a|an)\s+)?(?!former\b)"
        + Adj + @"(?:(?:factions?|groups?|brigades?|militias?|fighters|members)\s+(?:of|from)\s+(?:the\s+)?)?\s*$"
        // After a comma or "and" plus an article, a short descriptor of the next item: "the all-female", "the Arab tribal force",
        // "a rebel operations room known as". No verbs, prepositions or possessives, so "the commander of" and "the largest
        // coalition within" never qualify.
        + @"|^(?:,|;|,?\s*and|,?\s*as\s+well\s+as)\s*(?:the|a|an)\s+(?:(?!(?:former|\w+ing|of|by|to|in|on|at|with|within|inside|into|under|among|between|for|from|against|and|or|that|which|who|whose|is|was|are|were|has|had|have|its|their|his|her|led|backed|said|says)\b)[a-z][\w-]*\s+){1,4}?(?:(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    static readonly Regex FightBetween = Ending(@"(?:clashes|clash|clashed|fighting|fights|fought|battles|battle|war|infighting|hostilities|confrontations?|skirmishes|combat|feud|rivalry|conflict|violence|tensions|fight|clashing|battling|warfare)\s+(?:[\w-]+\s+){0,3}?between");
    static readonly Regex AllyBetween = Ending(@"(?:alliance|cooperation|coordination|pact|partnership|rapprochement|agreement|unity|reconciliation|alignment)\s+(?:[\w-]+\s+){0,3}?between");
    static readonly Regex FightAfter = Starting(@"(?:(?:have|had|has|are|were|again|also|reportedly|repeatedly|fiercely|then)\s+)*(?:been\s+)?(?:clashed|clash|fought|fight|battled|skirmished|fighting|clashing|battling|traded\s+fire|exchanged\s+fire|turned\s+on\s+each\s+other|(?:are|were|remain|remained)\s+at\s+war|(?:locked|embroiled|engaged|mired)\s+in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:feud|conflict|war|struggle|battle|fight|fighting|clashes|infighting|confrontation))\b");
    static readonly Regex AllyAfter = Starting(@"(?:(?:have|had|has|are|were|also|reportedly|then)\s+)*(?:formed\s+an\s+alliance|forged\s+an\s+alliance|allied|joined\s+forces|agreed\s+to\s+cooperate|signed\s+an\s+alliance|teamed\s+up|are\s+allies|are\s+allied|fought\s+together|fought\s+side\s+by\s+side|signed\s+(?:an?\s+)?(?:cooperation|alliance|defen[cs]e|mutual\s+defen[cs]e|partnership|unity|coordination)\s+(?:agreement|pact|accord|deal))\b");

    static readonly Regex AlongWith = new(@"^(?:(?:on|in|last|this)\s+\w+\s+)?,?\s*(?:along\s+with|together\s+with|alongside|as\s+did|as\s+well\s+as)\s+(?:the\s+)?" + Adj + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // ", a ..." or ", the <singular noun> of": an apposition that describes one faction, not a list.
    static readonly Regex SingularApposition = new(@"^,\s*(?:(?:a|an)\s+|(?:the|one\s+of\s+the|one\s+of)\s+(?:[\w-]+\s+){0,4}?[\w-]*[^s\s]\s+(?:of|in|within|to|for)\s)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"A, B and C, the regional branch of X": the apposition describes C alone.</summary>
    public static bool IsSingularApposition(string gap) => gap.Length < GapText.MaxLength && SingularMemo[gap];

    static readonly GapMemo<bool> SingularMemo = new(gap => SingularApposition.IsMatch(gap + " "));

    /// <summary>"A joined X on Wednesday along with B": B shares A's role in the relation before it.</summary>
    public static bool IsAlongWith(string gap) => gap.Length < 60 && AlongWithMemo[gap];

    public static bool IsSeparator(string gap) => gap.Length < 80 && SeparatorMemo[gap];

    // Each gap is asked about many times (every pair, the chain, the lead-in); the answers depend on the gap alone.
    static readonly GapMemo<bool> AlongWithMemo = new(gap => AlongWith.IsMatch(gap + " "));
    static readonly GapMemo<bool> SeparatorMemo = new(gap => Separator.IsMatch(gap + " "));
    static readonly GapMemo<RelationType?> BetweenMemo = new(before =>
        (before += " ") is var b && FightBetween.IsMatch(b) ? RelationType.FightsAgainst : AllyBetween.IsMatch(b) ? RelationType.AlliedWith : null);
    static readonly GapMemo<RelationType?> AfterMemo = new(after =>
        FightAfter.IsMatch(after) ? RelationType.FightsAgainst : AllyAfter.IsMatch(after) ? RelationType.AlliedWith : null);

    /// <summary>The relation "X between A and B" puts between the members of a list, from the text just before it.</summary>
    public static RelationType? Between(string before) => BetweenMemo[before];

    /// <summary>The relation "A and B clashed" puts between the members of a list, from the text just after it.</summary>
    public static RelationType? After(string after) => AfterMemo[after];

    static Regex Ending(string p) => new(p + @"\s+(?:the\s+)?" + Adj + @"\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    static Regex Starting(string p) => new(@"^,?\s*" + p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
