using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>
/// "the two groups", "both factions", "these three armed groups", "the groups", "They": a plural back-reference to a
/// list named just before ("A and B announced ... The two groups"). It becomes one mention per antecedent at the same
/// words: the first is what the readers see, <see cref="Coreference.Spread"/> gives the others its relations.
/// </summary>
internal static class PluralReferences
{
    static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
        { ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["both"] = 2 };

    static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "these", "those", "both", "all" };

    static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase)
        { "groups", "factions", "organizations", "organisations", "militias", "movements", "outfits", "formations" };

    static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
        { "armed", "militant", "rebel", "jihadist", "jihadi", "insurgent", "separatist", "islamist", "rival", "allied", "extremist", "terrorist", "main", "major", "ethnic", "two", "three" };

    // "the two groups of fighters", "the groups led by": the noun describes rather than refers.
    static readonly HashSet<string> Describing = new(StringComparer.OrdinalIgnoreCase)
        { "of", "between", "called", "named", "dubbed", "known", "led", "in", "such", "like", "including", "operating", "active", "based", "fighting" };

    const int MaxAdjectives = 2, LeadIn = 4;

    public static void Resolve(ArticleState state)
    {
        var tokens = state.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (state.Consumed[i]) continue;
            var word = Coreference.Word(state, i);
            if (word.Equals("they", StringComparison.OrdinalIgnoreCase)) { ResolveThey(state, i); continue; }
            if (!Determiners.Contains(word)) continue;
            int? count = Numbers.TryGetValue(word, out var n) ? n : null;
            var k = i + 1;
            if (k < tokens.Count && Numbers.TryGetValue(Coreference.Word(state, k), out var m) && !word.Equals("both", StringComparison.OrdinalIgnoreCase)) { count = m; k++; }
            var adjectives = 0;
            while (k < tokens.Count && adjectives < MaxAdjectives && !state.Consumed[k] && Adjectives.Contains(Coreference.Word(state, k))
                   && !Nouns.Contains(Coreference.Word(state, k))) { k++; adjectives++; }
            if (k >= tokens.Count || state.Consumed[k] || !Nouns.Contains(Coreference.Word(state, k))) continue;
            if (k > i + 1 && tokens[k].Has(TokenShape.BreakBefore)) continue;
            // "all groups", "those groups" with no number are too loose; "the groups" is the list just named.
            if (count is null && !(word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("these", StringComparison.OrdinalIgnoreCase))) continue;
            if (k + 1 < tokens.Count && !tokens[k + 1].Has(TokenShape.BreakBefore) && (Describing.Contains(Coreference.Word(state, k + 1)) || state.Consumed[k + 1])) continue;
            var antecedents = Antecedents(state, tokens[i].Start, count);
            if (antecedents is null) continue;
            Add(state, i, k + 1, antecedents);
            i = k;
        }
    }

    // "They" opening a sentence (or its first clause: "At first, they ...") after a sentence that opened with a list.
    static void ResolveThey(ArticleState state, int i)
    {
        var at = state.Tokens[i].Start;
        var sentence = Coreference.SentenceAt(state, at);
        var first = state.TokenAt(sentence.Start);
        if (i - first > LeadIn || i > first && !state.Tokens[i].Has(TokenShape.BreakBefore)) return;
        if (state.Mentions.Any(m => m.Start >= sentence.Start && m.End <= at)) return;
        var previous = Coreference.PreviousSentence(state, sentence);
        if (previous.Length == 0) return;
        var runs = Runs(state, previous.Start, previous.End);
        if (runs.Count == 0 || state.TokenAt(runs[0].Members[0].Start) - state.TokenAt(previous.Start) > 1) return; // the list is the subject
        Add(state, i, i + 1, runs[0].Members);
    }

    static void Add(ArticleState state, int start, int end, List<Mention> antecedents)
    {
        var primary = state.AddMention(start, end, antecedents[0].EntityId, antecedents[0].Kind, MentionSource.Coreference);
        state.PluralReferences[primary] = antecedents.Skip(1).Select(a => (a.EntityId, a.Kind)).ToList();
    }

    // The last list before the reference in its own sentence, else in the previous one; with a count, only a list of
    // that many factions.
    static List<Mention>? Antecedents(ArticleState state, int at, int? count)
    {
        var sentence = Coreference.SentenceAt(state, at);
        // "A, B and C/D" is three factions when the text counts three: a slash joins two names of one.
        bool Fits((List<Mention> Members, int Units) run) => count is null ? run.Members.Count >= 2 : run.Units == count;
        var own = Runs(state, sentence.Start, at).LastOrDefault(Fits);
        if (own.Members is not null) return own.Members;
        if (state.Mentions.Any(m => m.Start >= sentence.Start && m.End <= at && m.Kind != FactionKind.StateActor)) return null; // a faction between: too far
        // "These three armed groups": a count names its list even a sentence or two further back, nearest first.
        var previous = sentence;
        for (var back = 0; back < (count is null ? 1 : MaxSentencesBackWithCount); back++)
        {
            previous = Coreference.PreviousSentence(state, previous);
            if (previous.Length == 0) return null;
            var runs = Runs(state, previous.Start, previous.End).Where(Fits).Select(r => r.Members).ToList();
            if (runs.Count > 0) return count is null ? runs[0] : runs[^1];
        }
        return null;
    }

    const int MaxSentencesBackWithCount = 3;

    // Runs of two or more distinct factions named (not referred back to) and joined only by list separators ("A, B and C", "A/B").
    static List<(List<Mention> Members, int Units)> Runs(ArticleState state, int from, int to)
    {
        var mentions = state.Mentions.Where(m => m.Start >= from && m.End <= to && m.Source != MentionSource.Coreference).OrderBy(m => m.Start).ToList();
        var runs = new List<(List<Mention> Members, int Slashes)>();
        var run = new List<Mention>();
        var slashes = new List<int>();
        Mention? last = null;
        foreach (var m in mentions)
        {
            if (last is not null && m.Start < last.End) continue;
            var gap = last is null ? "" : GapText.Normalize(state.Text.AsSpan(last.End, m.Start - last.End));
            if (last is null || !IsJoin(gap)) { run = [m]; runs.Add((run, 0)); slashes.Add(0); }
            else if (run.All(r => r.EntityId != m.EntityId)) { run.Add(m); if (gap == "/") slashes[^1]++; }
            last = m;
        }
        return runs.Select((r, k) => (r.Members, r.Members.Count - slashes[k])).Where(r => r.Members.Count >= 2).ToList();
    }

    // "X, an SNA faction": a comma before "a"/"an" opens an apposition, not a list.
    /// <summary>Whether the (normalized) words between two names join them into one list.</summary>
    internal static bool IsJoin(string gap) => gap == "/" || ListCues.IsSeparator(gap) && !gap.EndsWith(" a", StringComparison.Ordinal) && !gap.EndsWith(" an", StringComparison.Ordinal) && gap is not (",a" or ",an");
}
