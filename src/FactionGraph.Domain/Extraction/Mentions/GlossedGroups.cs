using System.Text.RegularExpressions;
using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>
/// Finds an alliance whose name has no head word of its own ("Fa-Ithbatu", "Radaa al-Udwan") where the text glosses it in
/// parentheses and sets it beside an alliance noun: "Fa-Ithbatu (So Stand Firm), an operations room launched by ..." or
/// "a newly announced operations room, Radaa al-Udwan (Deterrence of Aggression)". The gloss shows the words are a name,
/// the noun that they name a body of factions; neither alone is enough ("the alliance, Western envoys said").
/// </summary>
internal static partial class GlossedGroups
{
    const int MaxWords = 4, MaxGloss = 90;

    [GeneratedRegex(@"^,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:operations\s+room|alliance|coalition|council|umbrella|bloc|front)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounAfter();

    [GeneratedRegex(@"\b(?:operations\s+room|alliance|coalition|council|umbrella|bloc)\s*,\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounBefore();

    const int Window = 40;

    public static List<Mention> Find(ArticleState state)
    {
        var found = new List<Mention>();
        var text = state.Text;
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open);
            if (close < 0 || close - open > MaxGloss) continue;
            var (start, end) = NameBefore(state, open);
            if (end <= start) continue;
            var nameStart = state.Tokens[start].Start;
            var before = text.Substring(Math.Max(0, nameStart - Window), Math.Min(Window, nameStart));
            var after = text.Substring(close + 1, Math.Min(Window, text.Length - close - 1));
            if (!NounAfter().IsMatch(after) && !NounBefore().IsMatch(before)) continue;
            var m = GroupDiscovery.Register(state, start, end);
            if (m is null || m.Source != MentionSource.Discovered) continue;
            m.Kind = FactionKind.Alliance;
            state.Entities.PromoteToAlliance(m.EntityId);
            found.Add(m);
        }
        return found;
    }

    // The capitalized words (and name articles) that end just before "(", none yet owned by another mention.
    static (int Start, int End) NameBefore(ArticleState state, int open)
    {
        var tokens = state.Tokens;
        var end = state.TokenAt(open);
        if (end == 0 || !string.IsNullOrWhiteSpace(state.Text[tokens[end - 1].End..open])) return default;
        var start = end;
        while (start > 0 && end - start < MaxWords && !state.Consumed[start - 1]
               && (tokens[start - 1].Has(TokenShape.Capitalized) || state.Model.IsSkippableArticle(tokens, start - 1)))
        {
            start--;
            if (tokens[start].Has(TokenShape.BreakBefore)) break;
        }
        while (start < end && (state.Model.IsSkippableArticle(tokens, start) || state.Model.Lexicon.Is(tokens[start].Word, WordRole.Stop))) start++;
        return start < end && tokens[start].Has(TokenShape.Capitalized) ? (start, end) : default;
    }
}
