using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>
/// Resolves "the alliance", "the rebel coalition", "the group", "the new body" to a faction named earlier, so
/// "The alliance includes A, B and C" states membership in the alliance the article introduced. An alliance noun
/// prefers the faction that noun introduced ("a joint operations room called Fatah Halab" … "the operations room");
/// "the group" prefers the subject of the previous sentence; "the new …" the faction just created.
/// </summary>
internal static class Coreference
{
    const int MaxAdjectives = 3, IntroWindow = 6;

    // A noun followed by these describes rather than refers: "the alliance of A and B", "the coalition led by".
    static readonly HashSet<string> Describing = new(StringComparer.OrdinalIgnoreCase)
        { "of", "between", "called", "named", "dubbed", "known", "led", "dominated", "formed", "founded", "comprising", "including", "consisting", "composed", "made", "that", "whose" };

    static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase) { "based", "led", "backed", "linked", "affiliated", "aligned", "allied", "dominated", "born", "known" };

    public static void Resolve(ArticleState state)
    {
        var tokens = state.Tokens;
        var lexicon = state.Model.Lexicon;
        var named = state.Mentions.Where(m => m.Source != MentionSource.Coreference).OrderBy(m => m.Start).ToList();
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (state.Consumed[i] || !IsWord(state, i, "the")) continue;
            var k = i + 1;
            var isNew = false;
            while (k < tokens.Count && k - i <= MaxAdjectives + 1 && !state.Consumed[k] && !IsNoun(state, k, isNew))
            {
                if (IsWord(state, k, "new")) isNew = true;
                else if (tokens[k].Has(TokenShape.HyphenAfter) && k + 1 < tokens.Count && Participles.Contains(Word(state, k + 1))) k++; // "the Aleppo-based faction"
                else if (!lexicon.Is(tokens[k].Word, WordRole.CorefAdjective) && !(tokens[k].Has(TokenShape.Capitalized) && !lexicon.Is(tokens[k].Word, WordRole.Stop | WordRole.TrailingHead | WordRole.LeadingHead | WordRole.Article))) break;
                k++;
            }
            if (k >= tokens.Count || state.Consumed[k] || !IsNoun(state, k, isNew) || tokens[k].Has(TokenShape.BreakBefore)) continue;
            if (k + 1 < tokens.Count && !tokens[k + 1].Has(TokenShape.BreakBefore) && (Describing.Contains(Word(state, k + 1)) || state.Consumed[k + 1])) continue;
            var noun = Word(state, k).ToLowerInvariant();
            var target = Target(state, named, tokens[i].Start, noun, isNew);
            if (target is null) continue;
            state.AddMention(i, k + 1, target.EntityId, target.Kind, MentionSource.Coreference);
            i = k;
        }
    }

    static Mention? Target(ArticleState state, List<Mention> named, int at, string noun, bool isNew)
    {
        var before = named.Where(m => m.End <= at && m.Kind != FactionKind.StateActor).ToList();
        if (isNew) return before.LastOrDefault(m => m.Kind == FactionKind.Alliance) ?? before.LastOrDefault();
        if (WordRoles.AllianceNouns.Contains(noun))
        {
            var alliances = before.Where(m => m.Kind == FactionKind.Alliance).ToList();
            return alliances.LastOrDefault(m => Introduces(state, m, noun)) ?? alliances.LastOrDefault();
        }
        var groups = before.Where(m => m.Kind == FactionKind.Group).ToList();
        var sentence = state.Sentences.FirstOrDefault(s => s.Start <= at && at < s.End);
        if (groups.Any(m => m.Start >= sentence.Start)) return groups.Last();
        var previous = state.Sentences.LastOrDefault(s => s.End <= sentence.Start);
        var subject = named.FirstOrDefault(m => m.Start >= previous.Start && m.End <= previous.End);
        return subject is { Kind: FactionKind.Group } ? subject : groups.LastOrDefault();
    }

    // The noun is part of the faction's name, or stood just before its first naming ("an operations room called X").
    static bool Introduces(ArticleState state, Mention m, string noun)
    {
        if (state.Text.AsSpan(m.Start, m.End - m.Start).Contains(noun, StringComparison.OrdinalIgnoreCase)) return true;
        var first = m.TokenStart;
        for (var j = Math.Max(0, first - IntroWindow); j < first; j++)
            if (Word(state, j).Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static bool IsNoun(ArticleState state, int k, bool isNew) =>
        !state.Tokens[k].Has(TokenShape.HyphenAfter) && (state.Model.Lexicon.Is(state.Tokens[k].Word, WordRole.CorefNoun) || (isNew && state.Model.Lexicon.Is(state.Tokens[k].Word, WordRole.NewCorefNoun)));

    static string Word(ArticleState state, int k) => state.Text[state.Tokens[k].Start..state.Tokens[k].End];

    static bool IsWord(ArticleState state, int k, string word) =>
        state.Text.AsSpan(state.Tokens[k].Start, state.Tokens[k].End - state.Tokens[k].Start).Equals(word, StringComparison.OrdinalIgnoreCase);
}
