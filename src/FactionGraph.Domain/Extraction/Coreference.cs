using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>
/// Resolves "the alliance", "the rebel coalition", "the group" to the most recent alliance (or group) named before it,
/// so "The alliance includes A, B and C" can state membership in the alliance the previous sentence named.
/// </summary>
internal static class Coreference
{
    const int MaxAdjectives = 3;

    // A noun followed by these describes rather than refers: "the alliance of A and B", "the coalition led by".
    static readonly HashSet<string> Describing = new(StringComparer.OrdinalIgnoreCase)
        { "of", "between", "called", "named", "dubbed", "known", "led", "dominated", "formed", "founded", "comprising", "including", "consisting", "composed", "made", "that", "whose" };

    public static void Resolve(ArticleState state)
    {
        var tokens = state.Tokens;
        var lexicon = state.Model.Lexicon;
        var named = state.Mentions.Where(m => m.Source != MentionSource.Coreference).OrderBy(m => m.Start).ToList();
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (state.Consumed[i] || !IsWord(state, i, "the")) continue;
            var k = i + 1;
            while (k < tokens.Count && k - i <= MaxAdjectives && !state.Consumed[k] && lexicon.Is(tokens[k].Word, WordRole.CorefAdjective) && !IsNoun(state, k, lexicon)) k++;
            if (k >= tokens.Count || state.Consumed[k] || !IsNoun(state, k, lexicon) || tokens[k].Has(TokenShape.BreakBefore)) continue;
            if (k + 1 < tokens.Count && !tokens[k + 1].Has(TokenShape.BreakBefore) && Describing.Contains(Word(state, k + 1))) continue;
            if (k + 1 < tokens.Count && !tokens[k + 1].Has(TokenShape.BreakBefore) && state.Consumed[k + 1]) continue; // "the group Ahrar al-Sham": apposition, not a back-reference
            var wantAlliance = WordRoles.AllianceNouns.Contains(Word(state, k).ToLowerInvariant());
            var target = named.LastOrDefault(m => m.End <= tokens[i].Start && (wantAlliance ? m.Kind == FactionKind.Alliance : m.Kind == FactionKind.Group));
            if (target is null) continue;
            state.AddMention(i, k + 1, target.EntityId, target.Kind, MentionSource.Coreference);
            i = k;
        }
    }

    static bool IsNoun(ArticleState state, int k, Lexicon lexicon) =>
        lexicon.Is(state.Tokens[k].Word, WordRole.CorefNoun) && !state.Tokens[k].Has(TokenShape.HyphenAfter);

    static string Word(ArticleState state, int k) => state.Text[state.Tokens[k].Start..state.Tokens[k].End];

    static bool IsWord(ArticleState state, int k, string word) =>
        state.Text.AsSpan(state.Tokens[k].Start, state.Tokens[k].End - state.Tokens[k].Start).Equals(word, StringComparison.OrdinalIgnoreCase);
}
