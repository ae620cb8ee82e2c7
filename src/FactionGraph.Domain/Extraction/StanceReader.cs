using System.Text.RegularExpressions;
using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>
/// How a sentence puts a claim: DENIED ("the regime denies", "rejected reports", "is not part of"), REPORTED when it is
/// attributed — "according to", "reportedly", "claimed" anywhere, a source that "said" it ("activists said"), or a
/// "said" or "accused" inside the claim itself ("A said its fighters captured B's headquarters", "A accused B of storming
/// its positions"), or a closing attribution (", the SDF said on Thursday.") — else ASSERTED. A group's own
/// "said" about something else in the sentence does not make the claim reported.
/// </summary>
internal static partial class StanceReader
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:den(?:y|ies|ied|ying|ial)|rejected\s+(?:reports|claims|allegations|accusations|suggestions|rumou?rs)|rejects\s+(?:reports|claims|allegations)|dismissed\s+(?:reports|claims|allegations|rumou?rs|as\s+(?:false|baseless|untrue))|refut(?:ed|es|ing)|baseless|untrue|not\s+true|false\s+(?:reports|claims))\b", Options)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:according\s+to|reportedly|reported(?:ly)?\s+(?:that|to)|reports?\s+(?:said|say|says|suggest|suggested|indicate)|claim(?:s|ed|ing)?|alleg(?:ed|edly|es|ing)|(?:is|are|was|were)\s+(?:believed|thought|said|understood|rumou?red)\s+to|purportedly|apparently)\b", Options)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"\b(?:activists?|sources?|officials?|spokes(?:man|woman|person)|residents|witnesses|analysts|monitor|observatory|commanders?|reports|media|experts|diplomats?|agency|officers?|observers|he|she|they|we|i|researchers|statement)\b(?:\s+[\w'-]+){0,4}?\s+(?:said|say|says|told|tells|claimed|claims|stated|added|believe|believes|insisted|alleged)\b|\b(?:said|say|says|told|stated|added)\s+(?:an?\s+|the\s+)?(?:activists?|sources?|officials?|spokes(?:man|woman|person)|residents|witnesses|analysts|monitor|commander|observatory)\b", Options)]
    private static partial Regex ThirdParty();

    // ", the SDF said on Thursday." — the whole sentence is the speaker's. It ends the sentence, so only its last
    // characters are searched (the comma, at most 60 characters of speaker, the verb and a day).
    const int ClosingReach = 120;
    [GeneratedRegex(@",\s*[^,]{1,60}?\s(?:said|says|told\s+[\w\s]{1,30}?|stated|added|reported)(?:\s+(?:on|in|late|early)\s+\w+)?\s*[.!?]?[""'”’]?\s*$", Options)]
    private static partial Regex ClosingAttribution();

    [GeneratedRegex(@"\b(?:said|says|say|told|stated|claimed|claims|insisted|insists|alleged|quoted|accused|accuses|accusing|blamed|blames|blaming)\b", Options)]
    private static partial Regex Saying();

    /// <summary>
    /// What the sentence alone decides (Denied or Reported), else null: the same for every claim in the sentence,
    /// so it is read once per sentence rather than once per relation.
    /// </summary>
    public static Stance? OfSentence(string text, TextSpan sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length);
        if (Denial().IsMatch(s)) return Stance.Denied;
        if (Hedge().IsMatch(s) || ThirdParty().IsMatch(s) || ClosingAttribution().IsMatch(s[Math.Max(0, s.Length - ClosingReach)..])) return Stance.Reported;
        return null;
    }

    /// <param name="sentenceStance">The sentence's own answer, from <see cref="OfSentence"/>.</param>
    public static Stance Of(string text, TextSpan sentence, TextSpan claim, bool negated, Stance? sentenceStance)
    {
        if (negated) return Stance.Denied;
        if (sentenceStance is { } decided) return decided;
        var start = Math.Clamp(claim.Start, sentence.Start, sentence.End);
        var end = Math.Clamp(claim.End, start, sentence.End);
        return Saying().IsMatch(text.AsSpan(start, end - start)) ? Stance.Reported : Stance.Asserted;
    }
}
