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

    // "the front line", "the front page": the noun is the first half of another noun.
    static readonly HashSet<string> Compounds = new(StringComparer.OrdinalIgnoreCase) { "line", "lines", "page", "pages", "row", "seat" };

    static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase) { "based", "led", "backed", "linked", "affiliated", "aligned", "allied", "dominated", "born", "known" };

    public static void Resolve(ArticleState state)
    {
        var tokens = state.Tokens;
        var lexicon = state.Model.Lexicon;
        InitialsReferences.Resolve(state);
        var named = state.Mentions.Where(m => m.Source != MentionSource.Coreference).OrderBy(m => m.Start).ToList();
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            // "that front", "this alliance": a demonstrative points back as "the" does ("Nusra routed that front").
            if (state.Consumed[i] || !(IsWord(state, i, "the") || IsWord(state, i, "that") || IsWord(state, i, "this"))) continue;
            var k = i + 1;
            var isNew = false;
            var nounOnly = false;
            while (k < tokens.Count && k - i <= MaxAdjectives + 1 && !IsNoun(state, k, isNew))
            {
                if (state.Model.IsSkippableArticle(tokens, k) && state.Consumed[k + 1]) { k++; continue; } // "the al-Qaeda-linked group"
                if (state.Consumed[k])
                {
                    // "the al-Qaeda-linked group": the name inside qualifies; the back-reference is the noun alone, so the
                    // name keeps its own mention and relates to it through the modifier connector.
                    var past = k;
                    while (past < tokens.Count && state.Consumed[past]) past++;
                    if (past >= tokens.Count || !tokens[past - 1].Has(TokenShape.HyphenAfter) || !Participles.Contains(Word(state, past))) break;
                    nounOnly = true;
                    k = past + 1;
                    continue;
                }
                if (IsWord(state, k, "new")) isNew = true;
                else if (tokens[k].Has(TokenShape.HyphenAfter) && k + 1 < tokens.Count && Participles.Contains(Word(state, k + 1))) k++; // "the Aleppo-based faction"
                else if (!lexicon.Is(tokens[k].Word, WordRole.CorefAdjective) && !(tokens[k].Has(TokenShape.Capitalized) && !lexicon.Is(tokens[k].Word, WordRole.Stop | WordRole.TrailingHead | WordRole.LeadingHead | WordRole.Article))) break;
                k++;
            }
            if (k >= tokens.Count || state.Consumed[k] || !IsNoun(state, k, isNew) || tokens[k].Has(TokenShape.BreakBefore)) continue;
            if (k > i + 1 && (IsWord(state, i, "that") || IsWord(state, i, "this"))) continue; // "said that rebel militia leaders": only "that" + noun points back
            if (k + 1 < tokens.Count && !tokens[k + 1].Has(TokenShape.BreakBefore)
                && (Describing.Contains(Word(state, k + 1)) || Compounds.Contains(Word(state, k + 1)) || state.Consumed[k + 1])) continue;
            var noun = Word(state, k).ToLowerInvariant();
            var target = Target(state, named, tokens[i].Start, noun, isNew);
            if (target is null) continue;
            state.AddMention(nounOnly ? k : i, k + 1, target.EntityId, target.Kind, MentionSource.Coreference);
            i = k;
        }
        ResolvePossessives(state, named);
        ResolveObjectIt(state);
        ResolveListingIt(state);
        PluralReferences.Resolve(state);
        PronounReferences.ResolveSubjectIt(state);
        PronounReferences.ResolveLatterFormer(state);
    }

    /// <summary>
    /// A plural back-reference ("the two groups") is read as its first antecedent; a relation read on it holds for each
    /// of the others too.
    /// </summary>
    public static void Spread(ArticleState state, List<Mention> inSentence, List<FoundRelation> read)
    {
        foreach (var m in inSentence)
        {
            if (!state.PluralReferences.TryGetValue(m, out var others)) continue;
            var count = read.Count;
            for (var r = 0; r < count; r++)
            {
                var found = read[r];
                if (found.Span.Start != m.Start && found.Span.End != m.End) continue;
                foreach (var (id, _) in others)
                {
                    if (found.Source == m.EntityId) RelationReader.Add(read, found with { Source = id });
                    else if (found.Target == m.EntityId) RelationReader.Add(read, found with { Target = id });
                }
            }
        }
    }

    internal static TextSpan SentenceAt(ArticleState state, int at) => state.Sentences.FirstOrDefault(s => s.Start <= at && at < s.End);

    internal static TextSpan PreviousSentence(ArticleState state, TextSpan sentence) => state.Sentences.LastOrDefault(s => s.End <= sentence.Start);

    static readonly HashSet<string> ListingVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "includes", "included", "comprises", "comprised", "counts", "counted", "groups", "unites", "united", "brings", "encompasses" };

    static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase) { "also", "now", "currently", "still", "further", "additionally" };

    // "... a joint operations room named Fatah Halab. ... It also includes the Sultan Murad Brigade": a sentence that opens
    // with "It" and a verb that lists members speaks of a body with members, the faction the previous sentence opened with.
    static void ResolveListingIt(ArticleState state)
    {
        var tokens = state.Tokens;
        foreach (var sentence in state.Sentences)
        {
            var i = state.TokenAt(sentence.Start);
            if (i < 0 || i + 1 >= tokens.Count || state.Consumed[i] || !IsWord(state, i, "it")) continue;
            var k = i + 1;
            while (k < tokens.Count && k - i <= 2 && Adverbs.Contains(Word(state, k))) k++;
            if (k >= tokens.Count || !ListingVerbs.Contains(Word(state, k))) continue;
            var previous = state.Sentences.LastOrDefault(s => s.End <= sentence.Start);
            if (previous.Length == 0) continue;
            var subject = state.Mentions.Where(m => m.Start >= previous.Start && m.End <= previous.End && m.Kind != FactionKind.StateActor).MinBy(m => m.Start);
            if (subject is null) continue;
            state.AddMention(i, i + 1, subject.EntityId, subject.Kind, MentionSource.Coreference);
        }
    }

    static readonly HashSet<string> MembershipWords = new(StringComparer.OrdinalIgnoreCase) { "of", "join", "joined", "joining", "left", "leave", "leaving", "quit", "rejoined" };

    // "The KIA, a close ally of the alliance, is not formally part of it": "it" after "part of" or "joined", ending the
    // clause, is the last alliance the sentence named before it, unless that alliance is the sentence's subject.
    static void ResolveObjectIt(ArticleState state)
    {
        var tokens = state.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!IsWord(state, i, "it") || !MembershipWords.Contains(Word(state, i - 1)) || tokens[i].Has(TokenShape.BreakBefore)) continue;
            if (i + 1 < tokens.Count && !tokens[i + 1].Has(TokenShape.BreakBefore)) continue; // "joined it in 2015" is too loose to read
            var sentence = state.Sentences.FirstOrDefault(s => s.Start <= tokens[i].Start && tokens[i].Start < s.End);
            var inSentence = state.Mentions.Where(m => m.Start >= sentence.Start && m.End <= tokens[i].Start).OrderBy(m => m.Start).ToList();
            var alliance = inSentence.Skip(1).LastOrDefault(m => m.Kind == FactionKind.Alliance);
            if (alliance is null || alliance.EntityId == inSentence[0].EntityId) continue;
            state.AddMention(i, i + 1, alliance.EntityId, alliance.Kind, MentionSource.Coreference);
        }
    }

    /// <summary>
    /// The faction's people who act for it in a sentence opening "Its commanders" or "Their fighters". Plural only: "Its leader,
    /// X, was the founder of Y" is about one person.
    /// </summary>
    static readonly HashSet<string> People = new(StringComparer.OrdinalIgnoreCase) { "commanders", "fighters", "leaders", "officials", "forces", "militants" };

    // "A, B and C joined its ranks" and a sentence opening "Its commanders denied ...": "its" is not a faction of its own
    // sentence but the one the previous sentence was about (its first named faction). The two words together stand for it.
    static void ResolvePossessives(ArticleState state, List<Mention> named)
    {
        var tokens = state.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (state.Consumed[i] || !(IsWord(state, i, "its") || IsWord(state, i, "their"))) continue;
            // "X counts among its ranks A": "its" is X, the subject the connector reads, not a faction of its own.
            var ranks = IsWord(state, i + 1, "ranks") && !(i > 0 && IsWord(state, i - 1, "among"));
            if (!ranks && !(tokens[i].Has(TokenShape.BreakBefore) && tokens[i].Has(TokenShape.Capitalized) && People.Contains(Word(state, i + 1)))) continue;
            var sentence = state.Sentences.FirstOrDefault(s => s.Start <= tokens[i].Start && tokens[i].Start < s.End);
            if (!ranks && state.TokenAt(sentence.Start) != i) continue;
            // "X announced that Y had joined its ranks": the ranks are those of the faction named before the one joining
            // them (the last named before "its"), not the joiner's own.
            var inSentence = named.Where(m => m.Start >= sentence.Start && m.End <= tokens[i].Start && m.Kind != FactionKind.StateActor).ToList();
            // The joiners may be a list ("as A and B joined its ranks"): the faction meant comes before the whole list.
            var joiners = inSentence.Count - 1;
            while (joiners > 0 && ListCues.IsSeparator(GapText.Normalize(state.Text.AsSpan(inSentence[joiners - 1].End, Math.Max(0, inSentence[joiners].Start - inSentence[joiners - 1].End)))))
                joiners--;
            if (ranks && joiners > 0 && !inSentence.Skip(joiners).Any(m => m.EntityId == inSentence[joiners - 1].EntityId))
            {
                var owner = inSentence[joiners - 1];
                state.AddMention(i, i + 2, owner.EntityId, owner.Kind, MentionSource.Coreference);
                continue;
            }
            var previous = state.Sentences.LastOrDefault(s => s.End <= sentence.Start);
            var subject = named.FirstOrDefault(m => m.Start >= previous.Start && m.End <= previous.End && m.Kind != FactionKind.StateActor);
            if (previous.Length == 0 || subject is null) continue;
            state.AddMention(i, i + 2, subject.EntityId, subject.Kind, MentionSource.Coreference);
        }
    }

    static Mention? Target(ArticleState state, List<Mention> named, int at, string noun, bool isNew)
    {
        var before = named.Where(m => m.End <= at && m.Kind != FactionKind.StateActor).ToList();
        var sentence = state.Sentences.FirstOrDefault(s => s.Start <= at && at < s.End);
        if (isNew)
        {
            // "The Syrian Islamic Front announced its dissolution into the new body": the subject does not go into itself.
            var own = before.FirstOrDefault(m => m.Start >= sentence.Start)?.EntityId;
            var candidates = before.Where(m => m.EntityId != own).ToList();
            // "formed a new alliance, the Islamic Front ... the Kurdish Islamic Front ... into the new body": the faction
            // whose first naming announced it as new, else the last alliance named.
            return candidates.LastOrDefault(m => IntroducedAsNew(state, named, m))
                ?? candidates.LastOrDefault(m => m.Kind == FactionKind.Alliance) ?? candidates.LastOrDefault();
        }
        if (!state.Model.Lexicon.Is(state.Model.Lexicon.Lookup(noun), WordRole.CorefNoun) && !(isNew && state.Model.Lexicon.Is(state.Model.Lexicon.Lookup(noun), WordRole.NewCorefNoun)))
        {
            // "the legion", "the force": a name's own head word refers back only to the last faction named with it
            // ("the Third Legion ... the legion's core faction"), never to a faction whose name lacks it.
            return IsLooseHead(noun) ? null : before.LastOrDefault(m => NameHas(state, m, noun));
        }
        if (WordRoles.AllianceNouns.Contains(noun))
        {
            var alliances = before.Where(m => m.Kind == FactionKind.Alliance).ToList();
            // A noun in the name or in the apposition after it ("X, an operations room whose members include Y") names X
            // more surely than the same noun a few words before a name, which may belong to another ("... include Y").
            return alliances.LastOrDefault(m => NamedBy(state, m, noun)) ?? alliances.LastOrDefault(m => Introduces(state, m, noun)) ?? alliances.LastOrDefault();
        }
        // "A and B followed, announcing they were merging into the movement": a singular noun is not one of a plural subject.
        var plural = ListMembers(state, before, sentence);
        // "Along with other Hezbollah allies, the group ...": a name qualifying a noun of its own sentence is not what "the group" is.
        var groups = before.Where(m => m.Kind == FactionKind.Group && !plural.Contains(m) && !(m.Start >= sentence.Start && QualifiesNoun(state, m))).ToList();
        if (groups.Any(m => m.Start >= sentence.Start)) return groups.Last();
        if (plural.Count > 0) return null; // the plural subject is the topic now; an earlier sentence's group is a guess
        var previous = state.Sentences.LastOrDefault(s => s.End <= sentence.Start);
        // The previous sentence's topic, named or itself referred to ("The group is a splinter of X. The organization ...").
        var subject = state.Mentions.Where(m => m.Start >= previous.Start && m.End <= previous.End).MinBy(m => m.Start);
        if (subject is { Kind: FactionKind.Group or FactionKind.Alliance }) return subject;
        // "the rebels", "the militants" often mean fighters at large: only a group just named or just the topic is meant.
        return WordRoles.LooseGroupNouns.Contains(noun) ? null : groups.LastOrDefault();
    }

    static readonly HashSet<string> QualifiedNouns = new(StringComparer.OrdinalIgnoreCase)
        { "allies", "ally", "fighters", "members", "militants", "commanders", "forces", "units", "factions", "groups", "leaders", "officials", "affiliate", "affiliates" };

    // "Hezbollah allies", "Hezbollah-backed", "Hezbollah's fighters": the name is an adjective of the noun after it.
    static bool QualifiesNoun(ArticleState state, Mention m)
    {
        if (m.End < state.Text.Length && state.Text[m.End] is '\'' or '’' or '-') return true;
        var next = state.TokenAt(m.End);
        return next < state.Tokens.Count && !state.Tokens[next].Has(TokenShape.BreakBefore) && QualifiedNouns.Contains(Word(state, next));
    }

    // The lists of two or more names in the sentence before the back-reference ("A, B and C ...", "its splinter groups –
    // A and B – rejoined the group"): a singular noun is none of a list's members.
    static List<Mention> ListMembers(ArticleState state, List<Mention> before, TextSpan sentence)
    {
        var members = new List<Mention>();
        var run = new List<Mention>();
        foreach (var m in before.Where(m => m.Start >= sentence.Start))
        {
            if (run.Count > 0 && !ListCues.IsSeparator(GapText.Normalize(state.Text.AsSpan(run[^1].End, Math.Max(0, m.Start - run[^1].End)))))
            {
                if (run.Count >= 2) members.AddRange(run);
                run.Clear();
            }
            run.Add(m);
        }
        if (run.Count >= 2) members.AddRange(run);
        return members;
    }

    static readonly char[] SentenceEnds = ['.', '!', '?'];

    static readonly HashSet<string> Creation = new(StringComparer.OrdinalIgnoreCase)
        { "new", "formed", "creation", "formation", "founding", "established", "launched", "unveiled", "announced" };

    static bool IntroducedAsNew(ArticleState state, List<Mention> named, Mention m)
    {
        var first = named.First(n => n.EntityId == m.EntityId).TokenStart;
        for (var j = Math.Max(0, first - IntroWindow); j < first; j++)
            if (Creation.Contains(Word(state, j))) return true;
        return false;
    }

    // The noun stood just before the faction's first naming ("an operations room called X").
    static bool Introduces(ArticleState state, Mention m, string noun)
    {
        var first = m.TokenStart;
        for (var j = Math.Max(0, first - IntroWindow); j < first; j++)
            if (Word(state, j).Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The noun is part of the faction's name, or of the apposition after it in the same sentence
    // ("al-Fath al-Mubin (Clear Conquest), an operations room whose members ...").
    static bool NamedBy(ArticleState state, Mention m, string noun)
    {
        if (state.Text.AsSpan(m.Start, m.End - m.Start).Contains(noun, StringComparison.OrdinalIgnoreCase)) return true;
        var stop = state.Text.IndexOfAny(SentenceEnds, m.End); // the apposition ends with its sentence
        var sentenceEnd = stop < 0 ? state.Text.Length : stop;
        var after = m.TokenEnd;
        while (after < state.Tokens.Count && state.Tokens[after].Start < m.End) after++; // past a translation read as its alias
        for (var j = after; j < state.Tokens.Count && j < after + IntroWindow && !state.Consumed[j] && state.Tokens[j].Start < sentenceEnd; j++)
            if (Word(state, j).Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static bool NameHas(ArticleState state, Mention m, string noun)
    {
        // "the force" for "the Syrian Democratic Forces": a plural head is still the name's head.
        for (var j = m.TokenStart; j < m.TokenEnd; j++) if (IsWord(state, j, noun) || IsWord(state, j, noun + "s")) return true;
        return false;
    }

    static bool IsNoun(ArticleState state, int k, bool isNew) =>
        !state.Tokens[k].Has(TokenShape.HyphenAfter) && (state.Model.Lexicon.Is(state.Tokens[k].Word, WordRole.CorefNoun | WordRole.TrailingHead) || (isNew && state.Model.Lexicon.Is(state.Tokens[k].Word, WordRole.NewCorefNoun)));

    // "the army" is as often the state's army as one named "... Army": too loose to read as a name's head.
    static bool IsLooseHead(string noun) => noun is "army";

    internal static string Word(ArticleState state, int k) => state.Text[state.Tokens[k].Start..state.Tokens[k].End];

    internal static bool IsWord(ArticleState state, int k, string word) =>
        state.Text.AsSpan(state.Tokens[k].Start, state.Tokens[k].End - state.Tokens[k].Start).Equals(word, StringComparison.OrdinalIgnoreCase);
}
