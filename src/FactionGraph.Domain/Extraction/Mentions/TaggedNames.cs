namespace FactionGraph.Extraction.Mentions;

/// <summary>
/// Names the <see cref="NameTagger"/> proposes where no list or rule found one. A proposal is kept only if it is shaped
/// like a group's name: capitalized, over words no other mention owns, with a group head word ("Brigade", "Forces",
/// "Liwa") and a word of its own besides the head. People ("Abu Mohammed al-Jolani") and places ("Souk al-Jumaa") have no
/// head word, so a tagger's mistake on them never becomes a faction.
/// </summary>
internal static class TaggedNames
{
    const int MaxWords = 9;

    public static List<Mention> Find(ArticleState state)
    {
        var found = new List<Mention>();
        var tagger = state.Model.Tagger;
        if (tagger is null) return found;
        var input = new TaggerInput(state.Text, state.Tokens, state.Model.Lexicon);
        var k = 0;
        foreach (var sentence in state.Sentences)
        {
            while (k < state.Tokens.Count && state.Tokens[k].Start < sentence.Start) k++;
            var from = k;
            while (k < state.Tokens.Count && state.Tokens[k].End <= sentence.End) k++;
            if (k == from || !HasFreeHead(state, input, from, k)) continue; // the gate keeps only names with a head: no head, no name
            var tags = tagger.Tag(input, from, k);
            for (var i = 0; i < tags.Length; i++)
            {
                if (tags[i] != NameTagger.B) continue;
                var end = i + 1;
                while (end < tags.Length && tags[end] == NameTagger.I) end++;
                var span = Trim(input, from + i, from + end);
                if (IsPossessor(state, span.Start) && span.End - span.Start >= 3 && IsGroupShaped(state, input, span.Start + 1, span.End))
                    span.Start++; // "Hadi's Presidential Guard": the owner is not part of the name ("Nation's Shield forces" keeps it: no name without it)
                if (span.End > span.Start && IsGroupShaped(state, input, span.Start, span.End)
                    && GroupDiscovery.Register(state, span.Start, span.End) is { } m)
                    found.Add(m);
                i = end - 1;
            }
        }
        return found;
    }

    static bool IsPossessor(ArticleState state, int i)
    {
        var end = state.Tokens[i].End;
        return end < state.Text.Length && state.Text[end] is '\'' or '’' or 'ʼ';
    }

    static bool HasFreeHead(ArticleState state, TaggerInput input, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!state.Consumed[i] && IsGateHead(input, i)) return true;
        return false;
    }

    // "the", "of", "and" may open or close a tagged run ("the Nation's Shield forces and"); they belong to no name's edge.
    static (int Start, int End) Trim(TaggerInput input, int start, int end)
    {
        while (start < end && NameFeatures.Joiners.Contains(input.LowerAt(start)) && !input.Tokens[start].Has(TokenShape.HyphenAfter)) start++;
        while (end > start && NameFeatures.Joiners.Contains(input.LowerAt(end - 1))) end--;
        return (start, end);
    }

    // Words that describe a force without naming one: "Islamic Resistance", "Security Forces", "Islamic police" are
    // descriptions, not names. A name has a word of its own besides these and its head.
    static readonly HashSet<string> Descriptive = new(StringComparer.Ordinal)
    {
        "islamic", "security", "armed", "special", "joint", "military", "government", "federal", "national", "local", "popular",
        "intelligence", "revolutionary", "state", "regional", "tribal", "foreign", "allied", "opposition", "rebel", "new", "united",
        "nations", "international", "western", "eastern", "northern", "southern", "central",
    };

    // A weak head: research firms, UN panels and companies are "Groups" too ("an Intelligence Group said").
    static bool IsGateHead(TaggerInput input, int i) => input.IsHead(i) && input.LowerAt(i) is not "group";

    static bool IsGroupShaped(ArticleState state, TaggerInput input, int start, int end)
    {
        if (end - start > MaxWords || state.AnyConsumed(start, end)) return false;
        // "Groupement des Forces Anti-terroristes" cut before its hyphenated last word is no name of its own.
        if (state.Tokens[end - 1].Has(TokenShape.HyphenAfter) && !state.Model.IsSkippableArticle(state.Tokens, end - 1)) return false;
        var first = state.Tokens[start];
        if (!first.Has(TokenShape.Capitalized) && !(first.Has(TokenShape.HyphenAfter) && end - start > 1)) return false;
        if (state.Model.Lexicon.Is(first.Word, WordRole.Stop)) return false;
        var heads = 0;
        var own = 0;
        for (var i = start; i < end; i++)
        {
            if (i > start && state.Tokens[i].Has(TokenShape.BreakBefore)) return false;
            if (IsGateHead(input, i)) { heads++; continue; }
            if (NameFeatures.Joiners.Contains(input.LowerAt(i))) continue;
            // Inside a name every other word is capitalized or a number: "Libya Shield 1", not "Misrata's fighters said".
            if (!state.Tokens[i].Has(TokenShape.Capitalized) && !state.Tokens[i].Has(TokenShape.Digit)) return false;
            if (!state.Model.Lexicon.Is(state.Tokens[i].Word, WordRole.Stop) && !Descriptive.Contains(input.LowerAt(i))) own++;
        }
        return heads > 0 && own > 0;
    }
}
