namespace FactionGraph.Extraction;

/// <summary>
/// Finds a group introduced by name rather than by name shape: "under the banner of the 'Jaysh al-Fath'",
/// "a new coalition called Ghazwat Halab", "fighters calling themselves 'The Sons of the Desert'".
/// A quoted name is taken on its own; an unquoted one only when a group noun stands just before the cue.
/// </summary>
internal static class NamedGroups
{
    const int MaxWords = 6, GroupNounWindow = 5;

    public static List<Mention> Find(ArticleState state)
    {
        var found = new List<Mention>();
        var tokens = state.Tokens;
        var lexicon = state.Model.Lexicon;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (!lexicon.Is(tokens[i].Word, WordRole.NamingCue)) continue;
            var k = i + 1;
            while (k < tokens.Count && k - i <= 3 && IsFiller(state, k)) k++; // "known as the", "banner of the", "calling itself"
            if (k >= tokens.Count || state.Consumed[k] || !tokens[k].Has(TokenShape.Capitalized)) continue;
            var quoted = IsQuote(state.Text, tokens[k].Start - 1);
            var end = k + 1;
            while (end < tokens.Count && end - k < MaxWords && !state.Consumed[end] && !tokens[end].Has(TokenShape.BreakBefore)
                   && (tokens[end].Has(TokenShape.Capitalized) || state.Model.IsSkippableArticle(tokens, end) || (quoted && !IsQuote(state.Text, tokens[end - 1].End))))
                end++;
            if (quoted && !IsQuote(state.Text, tokens[end - 1].End)) continue; // the quote must close right after the name
            if (!quoted && !GroupNounBefore(state, i)) continue;
            var m = GroupDiscovery.Register(state, k, end);
            if (m is not null) { found.Add(m); i = end - 1; }
        }
        return found;
    }

    static bool IsFiller(ArticleState state, int k)
    {
        var w = state.Text.AsSpan(state.Tokens[k].Start, state.Tokens[k].End - state.Tokens[k].Start);
        return w is "as" or "of" or "the" or "itself" or "themselves" or "as the" or "a";
    }

    static bool GroupNounBefore(ArticleState state, int cue)
    {
        for (var j = cue - 1; j >= 0 && cue - j <= GroupNounWindow; j--)
            if (state.Model.Lexicon.Is(state.Tokens[j].Word, WordRole.CorefNoun) || state.Model.Lexicon.Is(state.Tokens[j].Word, WordRole.TrailingHead)) return true;
        return false;
    }

    static bool IsQuote(string text, int i) => i >= 0 && i < text.Length && text[i] is '"' or '\'' or '“' or '”' or '‘' or '’';
}
