using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>Finds gazetteer names in the text: one walk of the trie per word, longest name wins.</summary>
internal static class KnownMentions
{
    public static void Find(ArticleState state)
    {
        var tokens = state.Tokens;
        var model = state.Model;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Word < 0 || model.IsSkippableArticle(tokens, i)) continue;
            var (entry, end) = model.Trie.Match(state.Text, tokens, i, tokens.Count, model);
            if (entry < 0) continue;
            if (ExtendsLeft(state, i, end)) { i = end - 1; continue; }
            if (IsSplinter(state, end) && GroupDiscovery.Register(state, i, end + 1) is not null) { i = end; continue; }
            var e = model.Entries[entry];
            state.Entities.AddKnown(e);
            var headAfter = HeadAfter(state, end);
            if (headAfter) { state.Entities.AddAlias(e.Id, state.Surface(i, end + 1)); end++; }
            var m = state.AddMention(HeadBefore(state, i) ? i - 1 : i, end, e.Id, e.Kind, MentionSource.Gazetteer);
            // "al-Nusra Front", "al Qaeda": the Arabic article before the match belongs to the name as written ("the" does not),
            // else "Nusra, al Qaeda's affiliate" leaves a stray "al" between the names.
            if (i > 0 && !tokens[i].Has(TokenShape.BreakBefore) && model.Lexicon.Is(tokens[i - 1].Word, WordRole.Article)
                && (tokens[i - 1].Has(TokenShape.HyphenAfter) || IsLooseArabicArticle(state.Text.AsSpan(tokens[i - 1].Start, tokens[i - 1].End - tokens[i - 1].Start))))
                m.Start = tokens[i - 1].Start;
            i = end - 1;
        }
    }

    // "Somali National Army", "Kurdish Islamic Front": a capitalized word before an English-style name (one ending in a
    // head word such as Army or Front) makes a longer name that only contains the gazetteer's; it is another group,
    // left to discovery, which reads the whole run of capitalized words before the head.
    static bool ExtendsLeft(ArticleState state, int start, int end)
    {
        var tokens = state.Tokens;
        if (start == 0 || tokens[start].Has(TokenShape.BreakBefore) || state.Consumed[start - 1]) return false;
        var before = tokens[start - 1];
        if (!before.Has(TokenShape.Capitalized) || before.Has(TokenShape.HyphenAfter) || before.Has(TokenShape.AllCaps)) return false;
        var lexicon = state.Model.Lexicon;
        if (lexicon.Is(before.Word, WordRole.Stop | WordRole.Article)) return false;
        // "Sadr's Mahdi army": a possessive owns the name, it does not start a longer one.
        if (before.End < state.Text.Length && IsApostrophe(state.Text[before.End])) return false;
        return lexicon.Is(tokens[end - 1].Word, WordRole.TrailingHead);
    }

    // "Harakat Nour al-Din al-Zenki", "Tanzim Hurras al-Din": an Arabic head word ("movement", "organisation") just before a
    // known name is that name written in full, so it joins the mention rather than standing between names as a stray word.
    static bool HeadBefore(ArticleState state, int start)
    {
        var tokens = state.Tokens;
        if (start == 0 || tokens[start].Has(TokenShape.BreakBefore) || state.Consumed[start - 1]) return false;
        return tokens[start - 1].Has(TokenShape.Capitalized) && state.Model.Lexicon.Is(tokens[start - 1].Word, WordRole.LeadingHead);
    }

    // "Sudan Liberation Movement-Unity", "Justice and Equality Movement-Sudan": a known name ending in a head word, a hyphen,
    // then one capitalized word that is no name itself names a splinter faction, another group than the one the known name
    // is. A name after the hyphen ("Free Syrian Army-Nusra clashes") pairs two groups instead.
    static bool IsSplinter(ArticleState state, int end)
    {
        var tokens = state.Tokens;
        var lexicon = state.Model.Lexicon;
        if (end >= tokens.Count || !tokens[end - 1].Has(TokenShape.HyphenAfter) || tokens[end].Has(TokenShape.BreakBefore)) return false;
        if (!lexicon.Is(tokens[end - 1].Word, WordRole.TrailingHead) || !tokens[end].Has(TokenShape.Capitalized)) return false;
        if (state.Model.Trie.Match(state.Text, tokens, end, tokens.Count, state.Model).Entry >= 0) return false;
        return !tokens[end].Has(TokenShape.HyphenAfter)
               && (end + 1 >= tokens.Count || tokens[end + 1].Has(TokenShape.BreakBefore) || !tokens[end + 1].Has(TokenShape.Capitalized));
    }

    // "Ras Kamboni Brigade" where the gazetteer knows "Ras Kamboni" and "Ras Kamboni Brigades": a capitalized head word right
    // after a known name that does not already end in one is that name written out; the article's spelling becomes an alias.
    static bool HeadAfter(ArticleState state, int end)
    {
        var tokens = state.Tokens;
        var lexicon = state.Model.Lexicon;
        if (end >= tokens.Count || tokens[end].Has(TokenShape.BreakBefore) || !tokens[end].Has(TokenShape.Capitalized)) return false;
        if (!lexicon.Is(tokens[end].Word, WordRole.TrailingHead) || lexicon.Is(tokens[end - 1].Word, WordRole.TrailingHead)) return false;
        return end + 1 >= tokens.Count || tokens[end + 1].Has(TokenShape.BreakBefore) || !tokens[end + 1].Has(TokenShape.Capitalized);
    }

    static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    static bool IsLooseArabicArticle(ReadOnlySpan<char> word) =>
        word.Equals("al", StringComparison.OrdinalIgnoreCase) || word.Equals("el", StringComparison.OrdinalIgnoreCase);

    /// <summary>All-caps acronyms the article itself defined for a faction, wherever else they occur.</summary>
    public static void FindLocalAcronyms(ArticleState state)
    {
        if (state.LocalNames.Count == 0) return;
        var tokens = state.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (state.Consumed[i] || !tokens[i].Has(TokenShape.AllCaps)) continue;
            var raw = state.Text[tokens[i].Start..tokens[i].End];
            if (!state.LocalNames.TryGetValue(raw, out var id)) continue;
            state.AddMention(i, i + 1, id, state.Entities.KindOf(id), MentionSource.Discovered);
        }
    }
}
