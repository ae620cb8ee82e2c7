namespace FactionGraph.Extraction;

/// <summary>
/// Finds a group the gazetteer does not know that the text names only by its acronym, with a group noun after it:
/// "the CODECO militia", "ZZRA rebels", "the CODECO (Coopérative pour le développement du Congo) militia". The noun
/// is what makes the acronym a group rather than an agency or a country; its other bare uses then resolve to it.
/// </summary>
internal static class AcronymGroups
{
    const int MinLength = 3, MaxParenthesis = 80;

    static readonly HashSet<string> Nouns = new(StringComparer.Ordinal) { "militia", "militias", "rebels", "insurgents", "jihadists", "group", "movement" };

    public static List<Mention> Find(ArticleState state)
    {
        var found = new List<Mention>();
        var tokens = state.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (state.Consumed[i] || !t.Has(TokenShape.AllCaps) || t.End - t.Start < MinLength) continue;
            if (state.Model.Lexicon.Is(t.Word, WordRole.Stop) || !Nouns.Contains(NextWord(state.Text, t.End))) continue;
            var m = GroupDiscovery.Register(state, i, i + 1);
            if (m is null) continue;
            state.LocalNames.TryAdd(state.Text[t.Start..t.End], m.EntityId); // its bare uses later in the article
            found.Add(m);
        }
        return found;
    }

    // The word after the acronym, past one parenthesis that spells it out.
    static string NextWord(string text, int at)
    {
        at = SkipSpaces(text, at);
        if (at < text.Length && text[at] == '(')
        {
            var close = text.IndexOf(')', at);
            if (close < 0 || close - at > MaxParenthesis) return "";
            at = SkipSpaces(text, close + 1);
        }
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[at..end];
    }

    static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ') at++;
        return at;
    }
}
