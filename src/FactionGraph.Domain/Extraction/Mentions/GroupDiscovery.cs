using FactionGraph.Model;
using FactionGraph.Names;

namespace FactionGraph.Extraction;

/// <summary>
/// Finds groups the gazetteer does not know from how their names are built: an English head word closing a run of
/// capitalized words ("Northern Thunder Brigade", "Army of the Free Tribes") or an Arabic head word opening one
/// ("Liwa Shuhada al-Yarmouk"). Their id is the slug of the normalized name, so every article agrees on it.
/// </summary>
internal static class GroupDiscovery
{
    const int MaxWords = 7;

    public static List<Mention> Find(ArticleState state)
    {
        var found = new List<Mention>();
        var tokens = state.Tokens;
        var lexicon = state.Model.Lexicon;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (state.Consumed[i] || !tokens[i].Has(TokenShape.Capitalized)) continue;
            var role = lexicon.RoleOf(tokens[i].Word);
            var span = (role & WordRole.LeadingHead) != 0 ? LeadingName(state, i)
                : (role & WordRole.TrailingHead) != 0 ? TrailingName(state, i) : default;
            if (span.End <= span.Start) continue;
            var m = Register(state, span.Start, span.End);
            if (m is not null) { found.Add(m); i = span.End - 1; }
        }
        return found;
    }

    /// <summary>Turns a token span into a mention: a gazetteer entity if its key is a known name, else a discovered one.</summary>
    public static Mention? Register(ArticleState state, int start, int end)
    {
        var name = state.Surface(start, end);
        var key = NameKey.Of(name);
        if (key.Length < 3) return null;
        if (state.Model.EntryByKey.TryGetValue(key, out var entry))
        {
            var e = state.Model.Entries[entry];
            state.Entities.AddKnown(e);
            return state.AddMention(start, end, e.Id, e.Kind, MentionSource.Gazetteer);
        }
        if (state.LocalNames.TryGetValue(key, out var local))
        {
            state.Entities.AddAlias(local, name); // another spelling of a group named earlier in the article
            return state.AddMention(start, end, local, state.Entities.KindOf(local), MentionSource.Discovered);
        }
        var id = NameKey.Slug(name); // this article's other spellings share the key, so they come here as LocalNames
        var kind = KindOf(key);
        state.Entities.AddDiscovered(id, name, kind);
        state.LocalNames[key] = id;
        return state.AddMention(start, end, id, kind, MentionSource.Discovered);
    }

    // Names built on these words usually name coalitions of factions rather than single factions ("Supreme Military Council").
    // Folded like the key they are compared with ("council" is keyed "cuncil", "room" "rum"), so every spelling matches.
    static readonly HashSet<string> AllianceWords =
        new[] { "front", "alliance", "coalition", "gathering", "tajammu", "jabhat", "room", "ittihad", "union", "council" }
            .Select(NameKey.OfToken).ToHashSet(StringComparer.Ordinal);

    static FactionKind KindOf(string key) => key.Split(' ').Any(AllianceWords.Contains) ? FactionKind.Alliance : FactionKind.Group;

    // "Liwa Shuhada al-Yarmouk": the head, then capitalized words and the articles between them.
    static (int Start, int End) LeadingName(ArticleState state, int head)
    {
        var end = head + 1;
        var words = 0;
        while (end < state.Tokens.Count && end - head < MaxWords && Continues(state, end))
        {
            // "Jama'at Nusrat al-Islam wal Muslimin", "Ansar al-Sharia fi Libya": an Arabic conjunction or preposition joins
            // two capitalized parts of one name, as "al-" does.
            var isArticle = state.Model.IsSkippableArticle(state.Tokens, end) || ArabicJoiner(state, end);
            if (!isArticle && !state.Tokens[end].Has(TokenShape.Capitalized) && !state.Tokens[end].Has(TokenShape.Digit)) break;
            if (!isArticle) words++;
            end++;
        }
        while (end > head + 1 && state.Model.IsSkippableArticle(state.Tokens, end - 1)) end--;
        // "Hayat Thaeroon for Liberation": an English "for"/"of" phrase may close a name that opens with an Arabic head.
        if (words > 0) end = OfPhrase(state, end);
        return words > 0 ? (head, end) : default;
    }

    // "Northern Thunder Brigade", "13th Division", "Army of the Free Tribes", "Division 30".
    static (int Start, int End) TrailingName(ArticleState state, int head)
    {
        var tokens = state.Tokens;
        var lexicon = state.Model.Lexicon;
        var start = head;
        while (start > 0 && head - start < MaxWords && !tokens[start].Has(TokenShape.BreakBefore) && !state.Consumed[start - 1]
               && (tokens[start - 1].Has(TokenShape.Capitalized) || tokens[start - 1].Has(TokenShape.Digit) || (tokens[start - 1].Has(TokenShape.HyphenAfter) && state.Model.IsSkippableArticle(tokens, start - 1)))
               && (!lexicon.Is(tokens[start - 1].Word, WordRole.Stop) || tokens[start].Has(TokenShape.Digit))) // "February 17 Martyrs Brigade"
            start--;
        while (start < head && state.Model.IsSkippableArticle(tokens, start)) start++;
        start = JoinedByAnd(state, start, head);
        var end = head + 1;
        // "Myanmar National Alliance Army": a name's head is the last head word of its run, not the first.
        while (end < tokens.Count && end - start < MaxWords && Continues(state, end) && tokens[end].Has(TokenShape.Capitalized)
               && (lexicon.RoleOf(tokens[end].Word) & WordRole.TrailingHead) != 0) end++;
        if (end < tokens.Count && Continues(state, end) && tokens[end].Has(TokenShape.Digit)) end++;
        var ofEnd = OfPhrase(state, end);
        var hasModifier = start < head || end > head + 1 || ofEnd > end;
        return hasModifier ? (start, Math.Max(end, ofEnd)) : default;
    }

    // "Justice and Equality Movement": one capitalized word joined by "and" to a one-word modifier belongs to the name, unless a
    // comma, another name or a sentence start is before it (then "and" joins two items of a list). Longer names stay as they
    // are, so "in Aleppo and Northern Storm Brigade" keeps the town out.
    static int JoinedByAnd(ArticleState state, int start, int head)
    {
        var tokens = state.Tokens;
        if (head - start != 1 || start < 2 || tokens[start].Has(TokenShape.BreakBefore) || state.Consumed[start - 1] || state.Consumed[start - 2]) return start;
        if (!state.Text.AsSpan(tokens[start - 1].Start, tokens[start - 1].End - tokens[start - 1].Start).SequenceEqual("and")) return start;
        var word = start - 2;
        if (tokens[start - 1].Has(TokenShape.BreakBefore) || !tokens[word].Has(TokenShape.Capitalized) || state.Model.Lexicon.Is(tokens[word].Word, WordRole.Stop)) return start;
        if (word == 0 || tokens[word].Has(TokenShape.BreakBefore) || state.Consumed[word - 1] || tokens[word - 1].Has(TokenShape.Capitalized)) return start;
        return word;
    }

    // "of (the) Capitalized..." or "for (the) Capitalized..." after an English head: "Army of the Mujahideen", "National
    // Movement for the Liberation of Azawad", "United Front of Ethiopian Federalist and Confederalist Forces". Inside it
    // "and", "of" and "for" join only capitalized words, so the phrase never ends on one ("Army of the Mujahideen and al-Nusra"
    // stops where the gazetteer name begins).
    static int OfPhrase(ArticleState state, int at)
    {
        var tokens = state.Tokens;
        if (at >= tokens.Count || !Continues(state, at) || !IsJoiner(state, at, first: true)) return at;
        var k = at + 1;
        var end = k;
        for (var j = k; j < tokens.Count && j - k < MaxOfWords && Continues(state, j); j++)
        {
            if (tokens[j].Has(TokenShape.Capitalized) && !state.Model.Lexicon.Is(tokens[j].Word, WordRole.Stop)) { end = j + 1; continue; }
            if (state.Model.IsSkippableArticle(tokens, j) || (j > k && IsJoiner(state, j, first: false))) continue;
            break;
        }
        return end > k ? end : at;
    }

    const int MaxOfWords = 7;

    static bool IsJoiner(ArticleState state, int i, bool first)
    {
        var w = state.Text.AsSpan(state.Tokens[i].Start, state.Tokens[i].End - state.Tokens[i].Start);
        return w is "of" or "for" || (!first && w is "and");
    }

    static readonly HashSet<string> ArabicJoiners = new(StringComparer.Ordinal) { "wal", "wa", "fi", "li", "lil", "bi" };

    static bool ArabicJoiner(ArticleState state, int i) =>
        i + 1 < state.Tokens.Count && Continues(state, i + 1) && state.Tokens[i + 1].Has(TokenShape.Capitalized)
        && ArabicJoiners.Contains(state.Text.Substring(state.Tokens[i].Start, state.Tokens[i].End - state.Tokens[i].Start));

    static bool Continues(ArticleState state, int i) => !state.Tokens[i].Has(TokenShape.BreakBefore) && !state.Consumed[i];
}
