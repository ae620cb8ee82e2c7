using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>
/// "It" opening a sentence as its subject, for the faction the previous sentence opened with ("The Northern Hawks
/// formed in 2014. It fights the Coastal Brigade."); "the latter" and "the former" for the last and the one-before-last
/// faction named.
/// </summary>
internal static class PronounReferences
{
    // "It is unclear", "It was reported", "It could": an empty subject, not a faction.
    static readonly HashSet<string> Expletive = new(StringComparer.OrdinalIgnoreCase)
        { "is", "was", "seems", "seemed", "appears", "appeared", "remains", "remained", "would", "will", "may", "might", "could", "should", "must",
          "can", "cannot", "does", "did", "means", "meant", "follows", "followed", "came", "comes", "took", "takes", "added", "said", "says", "reported", "noted",
          "marked", "marks", "happened", "began", "started", "ended", "became", "becomes", "led", "leads", "showed", "shows", "makes", "made" };

    // "It is a branch of", "It is part of": the copula with a predicate noun is a claim about the faction.
    static readonly HashSet<string> Predicates = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "part", "one", "the" };

    static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase) { "also", "now", "later", "then", "since", "still", "reportedly", "subsequently", "soon", "quickly", "officially", "formally", "publicly", "initially", "first" };

    const int OpeningWords = 2;

    public static void ResolveSubjectIt(ArticleState state)
    {
        var tokens = state.Tokens;
        foreach (var sentence in state.Sentences)
        {
            var i = AfterLeadIn(state, sentence);
            if (i < 0 || i + 2 >= tokens.Count || state.Consumed[i] || !Coreference.IsWord(state, i, "it")) continue;
            if (state.Mentions.Any(m => m.TokenStart == i)) continue;
            var k = i + 1;
            while (k < tokens.Count && k - i <= 2 && Adverbs.Contains(Coreference.Word(state, k))) k++;
            if (k + 1 >= tokens.Count || tokens[k].Has(TokenShape.BreakBefore) || state.Consumed[k]) continue;
            var verb = Coreference.Word(state, k);
            if (verb is "is" or "was" or "Is" or "Was") { if (!Predicates.Contains(Coreference.Word(state, k + 1))) continue; }
            else if (Expletive.Contains(verb) || (verb is "has" or "had" && Coreference.IsWord(state, k + 1, "been"))) continue;
            else if (!verb.EndsWith('s') && !verb.EndsWith("ed", StringComparison.Ordinal) && verb is not ("has" or "had" or "fought" or "swore" or "split" or "broke" or "left" or "won" or "lost" or "rejoined"))
                continue; // a verb in the present or past: "It fights", "It pledged"
            var subject = SubjectOf(state, Coreference.PreviousSentence(state, sentence));
            if (subject is null) continue;
            state.AddMention(i, i + 1, subject.EntityId, subject.Kind, MentionSource.Coreference);
        }
    }

    static readonly HashSet<string> LeadInWords = new(StringComparer.OrdinalIgnoreCase)
        { "during", "after", "before", "in", "on", "since", "following", "from", "under", "until", "within", "by", "at", "later", "earlier", "last", "then", "meanwhile", "however", "moreover", "today", "yesterday", "initially", "subsequently" };

    const int MaxLeadIn = 10;

    // The first word of the sentence, or the first after a lead-in that names no faction ("During the Maliki period, it ...").
    static int AfterLeadIn(ArticleState state, TextSpan sentence)
    {
        var first = state.TokenAt(sentence.Start);
        if (first >= state.Tokens.Count || Coreference.IsWord(state, first, "it") || !LeadInWords.Contains(Coreference.Word(state, first))) return first;
        for (var j = first + 1; j < state.Tokens.Count && j - first <= MaxLeadIn && state.Tokens[j].Start < sentence.End; j++)
        {
            if (state.Consumed[j]) return -1;
            if (!state.Tokens[j].Has(TokenShape.BreakBefore)) continue;
            var between = state.Text.AsSpan(state.Tokens[j - 1].End, state.Tokens[j].Start - state.Tokens[j - 1].End);
            if (!between.Contains(',')) return -1;
            return Coreference.IsWord(state, j, "it") && !state.Mentions.Any(m => m.Start >= sentence.Start && m.End <= state.Tokens[j].Start) ? j : -1;
        }
        return -1;
    }

    // The faction a sentence opens with ("The Northern Hawks ...", "On Monday, the Northern Hawks ..."), when it stands alone.
    static Mention? SubjectOf(ArticleState state, TextSpan sentence)
    {
        if (sentence.Length == 0) return null;
        var first = state.Mentions.Where(m => m.Start >= sentence.Start && m.End <= sentence.End).MinBy(m => m.Start);
        if (first is null || first.Kind == FactionKind.StateActor || state.PluralReferences.ContainsKey(first)) return null;
        var start = state.TokenAt(sentence.Start);
        var words = first.TokenStart - start;
        if (words > OpeningWords && !(words <= 2 + OpeningWords && state.Tokens[first.TokenStart].Has(TokenShape.BreakBefore))) return null;
        var after = state.Text.AsSpan(first.End, Math.Min(3, sentence.End - first.End));
        if (after.StartsWith("'") || after.StartsWith("’") || after.StartsWith(" and") || after.StartsWith(",") && ListCues.IsSeparator(NextGap(state, first, sentence))) return null;
        return first;
    }

    static string NextGap(ArticleState state, Mention m, TextSpan sentence)
    {
        var next = state.Mentions.Where(n => n.Start >= m.End && n.End <= sentence.End).MinBy(n => n.Start);
        return next is null ? "x" : GapText.Normalize(state.Text.AsSpan(m.End, next.Start - m.End));
    }

    static readonly HashSet<string> FormerVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "is", "was", "has", "had", "said", "says", "accused", "accuses", "announced", "claimed", "joined", "rejected", "denied", "fought", "attacked",
          "remains", "remained", "continued", "continues", "pledged", "declared", "became", "launched", "split", "broke", "left", "merged", "seized" };

    // Nouns "latter" qualifies rather than stands for: "the latter part of 2019".
    static readonly HashSet<string> LatterNouns = new(StringComparer.OrdinalIgnoreCase) { "part", "half", "stage", "stages", "years", "period", "case", "days", "months", "phase" };

    public static void ResolveLatterFormer(ArticleState state)
    {
        var tokens = state.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (state.Consumed[i] || !Coreference.IsWord(state, i, "the")) continue;
            var latter = Coreference.IsWord(state, i + 1, "latter");
            if (!latter && !Coreference.IsWord(state, i + 1, "former")) continue;
            // Standing alone: punctuation, a possessive or a verb follows ("the latter's", "the former accused").
            var end = tokens[i + 1].End;
            var alone = i + 2 >= tokens.Count || tokens[i + 2].Has(TokenShape.BreakBefore) || end < state.Text.Length && state.Text[end] is '\'' or '’'
                        || FormerVerbs.Contains(Coreference.Word(state, i + 2))
                        || latter && !state.Consumed[i + 2] && !tokens[i + 2].Has(TokenShape.Capitalized) && !LatterNouns.Contains(Coreference.Word(state, i + 2)) && Coreference.Word(state, i + 2).EndsWith("ed", StringComparison.Ordinal);
            if (!alone) continue;
            var sentence = Coreference.SentenceAt(state, tokens[i].Start);
            var previous = Coreference.PreviousSentence(state, sentence);
            var from = previous.Length > 0 ? previous.Start : sentence.Start;
            var distinct = new List<Mention>();
            foreach (var m in state.Mentions.Where(m => m.Start >= from && m.End <= tokens[i].Start && !state.PluralReferences.ContainsKey(m)).OrderByDescending(m => m.Start))
                if (distinct.All(d => d.EntityId != m.EntityId)) distinct.Add(m);
            if (distinct.Count < 2) continue;
            var target = latter ? distinct[0] : distinct[1];
            state.AddMention(i, i + 2, target.EntityId, target.Kind, MentionSource.Coreference);
            i++;
        }
    }
}
