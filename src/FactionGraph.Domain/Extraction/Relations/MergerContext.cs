using System.Text.RegularExpressions;
using FactionGraph.Model;

namespace FactionGraph.Extraction.Relations;

/// <summary>
/// In a sentence about a merger, joining is merging: "In the latest merger between factions, X announced that Y would
/// join its ranks", "the merger of A and B and the formation of C", "A has rejoined the group in a merger". The frame
/// or phrase that read the membership ("join", "formation of") cannot see the merger word elsewhere in the sentence,
/// so a membership read there becomes MERGED_INTO.
/// </summary>
internal static partial class MergerContext
{
    // Not in a phrase that tells where some body came from ("created through the merger of A and B", "formed after the
    // merger"): that describes the body, not the membership read beside it.
    [GeneratedRegex(@"(?<!\b(?:through|from|by|after|following|via|of)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?)\b(?:merger|mergers|merged|merge|merges|merging)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MergerWord();

    public static void Apply(string text, TextSpan sentence, List<FoundRelation> read)
    {
        if (!read.Any(r => r.Type == RelationType.MemberOf)) return;
        if (!MergerWord().IsMatch(text.AsSpan(sentence.Start, sentence.Length))) return;
        for (var k = 0; k < read.Count; k++)
            if (read[k].Type == RelationType.MemberOf) read[k] = read[k] with { Type = RelationType.MergedInto };
    }
}
