using System.Text.RegularExpressions;
using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>
/// How a sentence puts its claim: denied ("the regime denies", "rejected reports"), reported (attributed to a
/// source: "according to activists", "reportedly", "claimed", "said"), or asserted by the text itself.
/// </summary>
internal static partial class StanceReader
{
    [GeneratedRegex(@"\b(?:den(?:y|ies|ied|ying|ial)|rejected\s+(?:reports|claims|allegations|accusations|suggestions|rumou?rs)|rejects\s+(?:reports|claims|allegations)|dismissed\s+(?:reports|claims|allegations|rumou?rs|as\s+(?:false|baseless|untrue))|refut(?:ed|es|ing)|baseless|untrue|not\s+true|false\s+(?:reports|claims))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:according\s+to|reportedly|reported(?:ly)?|reports?\s+(?:said|say|suggest|suggested|indicate)|claim(?:s|ed|ing)?|alleg(?:ed|edly|es|ing)|said|says|say|told|tells|stated|quoted|cited|(?:is|are|was|were)\s+(?:believed|thought|said)\s+to|purportedly|apparently|sources?\s+(?:close|said|say)|activists|monitor|observatory)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    public static Stance Of(ReadOnlySpan<char> sentence, bool negated)
    {
        if (negated || Denial().IsMatch(sentence)) return Stance.Denied;
        return Attribution().IsMatch(sentence) ? Stance.Reported : Stance.Asserted;
    }
}
