using FactionGraph.Extraction.Syntax;
using FactionGraph.Model;

namespace FactionGraph.Extraction.Relations;

/// <summary>
/// Reads relations from a sentence's structure: the sentence is parsed (faction names replaced by placeholders), every
/// word that triggers a frame (frames.txt) is asked for the words in the frame's two roles, and those words are
/// resolved to factions through coordination ("A, B and C"), apposition ("A, a faction that …"), relative clauses,
/// container nouns ("the ranks of X") and possessives ("X's fighters"). Only sentences that hold two factions
/// are parsed, and only when a parse could add a relation not read yet (<see cref="ParseGate"/>).
/// </summary>
internal sealed class StructureReader(LinkParser parser, FrameBook frames)
{
    const double Confidence = 0.75;
    const int MaxDepth = 6;

    // Nouns that stand for the faction they are said of: "A, a faction that joined X", "the groups that formed X".
    static readonly HashSet<string> StandIns = new(StringComparer.Ordinal)
    {
        "group", "groups", "faction", "factions", "movement", "movements", "organisation", "organization", "organisations", "organizations",
        "militia", "militias", "force", "forces", "fighters", "units", "unit", "troops", "brigade", "brigades", "battalion", "battalions",
        "rebels", "militants", "insurgents", "jihadists", "coalition", "alliance", "body", "outfit", "outfits", "ranks", "banner", "umbrella",
        "command", "auspices", "flag", "side", "network", "front", "army", "formation", "bloc", "one", "some", "all", "both", "each",
        "those", "which", "that", "who", "whom", "two", "three", "four", "five", "party", "parties",
    };

    // Of these, "the ranks of X", "the banner of X", "the factions of X" stand for X itself.
    static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "ranks", "banner", "umbrella", "command", "auspices", "flag", "factions", "groups", "one", "some", "all", "both", "each", "those",
    };

    // A faction's people, not the faction: "Xanar's fighters joined Belmor" is a defection, not Xanar joining; but
    // "Xanar fighters attacked Belmor" is Xanar fighting. They stand for their faction only in fighting and alliance frames,
    // as does a name before a plural noun ("an alliance of Xanar factions" names Xanar's factions, not Xanar).
    static readonly HashSet<string> Personnel = new(StringComparer.Ordinal)
    {
        "fighters", "forces", "troops", "units", "militants", "members", "elements", "remnants", "men", "soldiers", "positions",
    };

    static readonly HashSet<string> Refusals = new(StringComparer.Ordinal)
        { "refused", "refuse", "refuses", "declined", "decline", "declines", "denied", "deny", "denies", "rejected", "reject", "rejects", "failed" };

    /// <summary>Where to write each parsed sentence and what it yielded (the explain verb), or null.</summary>
    public TextWriter? Trace { get; set; }

    public void Read(ArticleState state, TextSpan sentence, List<Mention> mentions, List<FoundRelation> found)
    {
        if (mentions.Select(m => m.EntityId).Distinct().Count() < 2) return;
        // Parsing costs ~10-100 ms a sentence; one with no trigger word can yield nothing, so it is not parsed.
        var words = state.Text.AsSpan(sentence.Start, sentence.Length);
        if (!frames.AnyTrigger(words) && !ParserWords.AnyPhrase(words)) return;
        var placed = new PlaceholderSentence(state.Text, sentence, mentions);
        Trace?.WriteLine($"\n» {placed.Text}");
        // Nothing a parse of the whole could add, its clauses could not either.
        if (!ParseGate.CanAdd(frames, placed.Text, placed.Factions(0, placed.Text.Length), found))
        {
            Trace?.WriteLine("  (not parsed: every relation its trigger words could state is already read)");
            return;
        }
        var parse = parser.Parse(placed.Text);
        if (parse is not null)
        {
            var before = found.Count;
            ReadAndTrace(parse, placed, found);
            // A short sentence linked whole is linked right often enough that its clauses add nothing (measured on dev).
            if (found.Count > before || parse.NullCount == 0 && Words(placed.Text) <= MaxWordsLinkedRight) return;
        }
        else Trace?.WriteLine("  (no parse)");
        // A long sentence the parser cannot link as a whole, or links wrongly so that nothing is read, is often clauses
        // it can: each clause, or two in a row, that names two factions and holds a trigger is parsed and read on its own.
        // After a parse that read nothing, fewer clauses are tried: on dev the first two held every relation found this way.
        var budget = parse is null ? MaxClauseParses : MaxClauseParsesAfterParse;
        foreach (var (start, end) in ClauseWindows(placed))
        {
            var clause = placed.Text[start..end];
            if (!frames.AnyTrigger(clause)) continue; // idioms are rewritten to their trigger by now
            if (budget-- == 0) break;
            // Skipped after the budget is counted, so the clauses after it are tried exactly as before.
            if (!ParseGate.CanAdd(frames, clause, placed.Factions(start, end), found)) continue;
            if (parser.Parse(clause, skipWords: false) is not { } part) continue;
            Trace?.WriteLine($"  clause: {clause.Trim()}");
            ReadAndTrace(part with { Words = [.. part.Words.Select(w => w with { Start = w.Start + start, End = w.End + start })] }, placed, found);
        }
    }

    const int MaxClauseParses = 4, MaxClauseParsesAfterParse = 2, MaxClauseWords = 25, MaxWordsLinkedRight = 15;

    static int Words(ReadOnlySpan<char> s)
    {
        var words = 0;
        for (var i = 0; i < s.Length; i++) if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) words++;
        return words;
    }

    void ReadAndTrace(Parse parse, PlaceholderSentence placed, List<FoundRelation> found)
    {
        var before = found.Count;
        ReadParse(parse, placed, found);
        if (Trace is null) return;
        Trace.WriteLine("  " + string.Join(" ", parse.Links.Where(l => l.Left > 0 && l.Right < parse.Words.Count - 1)
            .Select(l => $"{parse.Words[l.Left].Entry}-{l.Label}-{parse.Words[l.Right].Entry}")));
        foreach (var r in found.Skip(before)) Trace.WriteLine($"  → {r.Rule} {r.Type} {r.Source} → {r.Target}{(r.Negated ? " (negated)" : "")}");
    }

    // Words that open a relative clause after a comma: they stay with their clause, whose subject they are.
    static readonly HashSet<string> Relatives = new(StringComparer.OrdinalIgnoreCase) { "which", "who", "whom", "whose" };

    // Conjunctions that join two clauses: the clause after one is a sentence by itself, so the cut goes past the word.
    static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase)
        { "while", "but", "whereas", "although", "though", "when", "after", "before", "since", "because", "and", "until", "amid" };

    // "… splinter group and it has seized …": "and" before a subject pronoun joins two clauses, not two nouns.
    static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "they", "he", "she", "we" };

    static string NextWord(string text, int from)
    {
        var start = from;
        while (start < text.Length && text[start] == ' ') start++;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[start..end];
    }

    /// <summary>
    /// Clauses of a sentence, one at a time and two in a row, shortest first, each only when it names at least two
    /// factions: cut at commas, semicolons and dashes, before a relative word after a comma (", which …"), and past a
    /// conjunction that opens a clause (", but X …", "… after X became …").
    /// </summary>
    static IEnumerable<(int Start, int End)> ClauseWindows(PlaceholderSentence placed)
    {
        var text = placed.Text;
        var cuts = new List<(int End, int Next)> { (0, 0) };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ';' || (text[i] is '–' or '—' && i > 0 && text[i - 1] == ' ')) { cuts.Add((i, i + 1)); continue; }
            // Lists are one coordination by now ("Xanar and Belmor"), so a comma left ends an opener, an aside or a clause.
            if (text[i] == ',') { cuts.Add((i, i + 1)); continue; }
            if (text[i] != ' ' || i + 1 >= text.Length || !char.IsLetter(text[i + 1])) continue;
            var wordEnd = text.IndexOf(' ', i + 1);
            if (wordEnd < 0) continue;
            var word = text[(i + 1)..wordEnd];
            var afterComma = i > 0 && text[i - 1] == ',';
            if (afterComma && Relatives.Contains(word)) cuts.Add((i - 1, i + 1));
            else if (Joiners.Contains(word) && (afterComma || word != "and" || SubjectPronouns.Contains(NextWord(text, wordEnd)))) cuts.Add((afterComma ? i - 1 : i, wordEnd + 1));
        }
        cuts.Add((text.Length, text.Length));
        if (cuts.Count <= 2) yield break;
        for (var width = 1; width <= 2; width++)
            for (var k = 0; k + width < cuts.Count; k++)
            {
                var (start, end) = (cuts[k].Next, cuts[k + width].End);
                // A long clause the parser could not link either is as slow to fail again: only short ones are tried.
                if (end > start && placed.FactionsWithin(start, end) >= 2 && Words(text.AsSpan(start, end - start)) <= MaxClauseWords) yield return (start, end);
            }
    }

    void ReadParse(Parse parse, PlaceholderSentence placed, List<FoundRelation> found)
    {
        var graph = new SentenceGraph(parse);
        var at = new IReadOnlyList<Mention>?[graph.Count];
        for (var w = 0; w < graph.Count; w++) at[w] = placed.MentionsAt(parse.Words[w].Start, parse.Words[w].End) is { Count: > 0 } ms ? ms : null;
        for (var w = 0; w < graph.Count; w++)
        {
            if (at[w] is not null) continue;
            foreach (var frame in frames.For(graph.Word(w)))
            {
                if (frame.IsVerb ? IsNoun(parse.Words[w]) : graph.IsVerb(w) && !frame.IsAdjective) continue;
                if (frame.Particle is { } p && !graph.Neighbours(w).Any(n => graph.Word(n) == p)) continue;
                var reader = new Roles(graph, at, w, frame.Type is RelationType.FightsAgainst or RelationType.AlliedWith);
                if (frame.SourceRole == "between")
                {
                    var list = reader.Fill("between");
                    for (var a = 0; a < list.Count; a++)
                        for (var b = a + 1; b < list.Count; b++)
                            Emit(found, frame, list[a], list[b], reader.Negated);
                    continue;
                }
                var sources = reader.Fill(frame.SourceRole);
                if (sources.Count == 0) continue;
                var targets = reader.Fill(frame.TargetRole);
                // "organisations including A and B": both roles reached the same list, which relates nothing to itself.
                if (targets.Any(sources.Contains)) continue;
                foreach (var t in targets)
                    foreach (var s in sources)
                        Emit(found, frame, s, t, reader.Negated);
            }
        }
        ReadPaths(graph, at, found);
    }

    /// <summary>
    /// Two factions whose frames found nothing, linked through a trigger word that stands between them: "A, whose
    /// fighters later joined X", "A's long-standing alliance with B". The trigger's frame gives the type; which side
    /// holds which role is read from word order (subject-like roles before the trigger, objects after it; a passive
    /// swaps them), so the relation is less certain than a frame's.
    /// </summary>
    void ReadPaths(SentenceGraph graph, IReadOnlyList<Mention>?[] at, List<FoundRelation> found)
    {
        var names = Enumerable.Range(0, graph.Count).Where(w => at[w] is not null).ToList();
        for (var i = 0; i < names.Count; i++)
            for (var j = i + 1; j < names.Count; j++)
            {
                int a = names[i], b = names[j];
                if (at[a]!.Any(x => at[b]!.Any(y => Related(found, x.EntityId, y.EntityId)))) continue;
                var path = graph.PathBetween(a, b, MaxPathLinks);
                if (path.Count == 0 || path.Any(w => at[w] is not null)) continue;
                for (var k = 0; k < path.Count; k++)
                {
                    var w = path[k];
                    if (w < a || w > b) continue;
                    // The trigger must hold both names closely: its object or one preposition's object after it (three
                    // links at most), its subject through auxiliaries or a relative word before it (four links).
                    // Farther, the name belongs to something else ("shelled areas near the road that X uses").
                    if (k + 1 > 4 || path.Count - k > 3) continue;
                    if (path.Skip(k).Count(p => graph.RightOf(p, "J").Any()) > 1) continue; // "with … within X": a second preposition attaches elsewhere
                    var next = k + 1 < path.Count ? path[k + 1] : b;
                    var (frame, sourceFirst) = PathFrame(graph, w, next);
                    if (frame is null) continue;
                    var negated = new Roles(graph, at, w, true).Negated;
                    foreach (var x in at[a]!)
                        foreach (var y in at[b]!)
                        {
                            var (s, t) = sourceFirst ? (x, y) : (y, x);
                            if (s.EntityId == t.EntityId) continue;
                            var span = new TextSpan(Math.Min(s.Start, t.Start), Math.Max(s.End, t.End));
                            RelationReader.Add(found, new FoundRelation(frame.Type, s.EntityId, t.EntityId, "path-" + frame.Lemma, PathConfidence, negated, span));
                        }
                    break;
                }
            }
    }

    // The first frame of a trigger whose role after the trigger is the one the path takes there: the trigger's
    // object by an O link ("seized X"), or the object of that very preposition ("campaign against X"), never a
    // phrase that hangs off the trigger for another reason ("seized the town … within X"). Membership is not read
    // this way: on the dev part, 4 of 24 memberships read from paths were right.
    (Frame? Frame, bool SourceFirst) PathFrame(SentenceGraph graph, int w, int next)
    {
        foreach (var frame in frames.For(graph.Word(w)))
        {
            if (frame.IsVerb ? IsNoun(graph.Parse.Words[w]) : graph.IsVerb(w) && !frame.IsAdjective) continue;
            if (frame.SourceRole == "between" || frame.Type is RelationType.MemberOf or RelationType.MergedInto) continue;
            var passive = frame.IsVerb && graph.VerbGroup(w).Passive;
            var sourceFirst = Before(frame.SourceRole, passive);
            var symmetric = frame.Type is RelationType.AlliedWith or RelationType.FightsAgainst;
            if (sourceFirst == Before(frame.TargetRole, passive) && !symmetric) continue;
            var afterRole = sourceFirst ? frame.TargetRole : frame.SourceRole;
            var fits = afterRole switch
            {
                "obj" => !passive && graph.IsLinked(w, next, "O"),
                "subj" or "by" => passive && graph.Word(next) == "by",
                "agent" or "head" or "theme" or "owner" => false,
                _ => graph.Word(next) == afterRole,
            };
            if (fits) return (frame, sourceFirst);
        }
        return (null, false);
    }

    const int MaxPathLinks = 6;
    const double PathConfidence = 0.6;

    // Which roles come before their trigger in plain word order: the subject, what a noun is said of, an agent.
    static bool Before(string role, bool passive) => role switch
    {
        "subj" or "agent" or "head" or "theme" => !passive,
        "obj" => passive,
        "by" => false,
        _ => false,
    };

    static bool Related(List<FoundRelation> found, string x, string y) =>
        found.Any(r => r.Source == x && r.Target == y || r.Source == y && r.Target == x);

    static bool IsNoun(ParseWord w) => w.Subscript.Length > 0 && w.Subscript[0] is 'n' or 's' or 'p' or 'i' or 'u' or 'g' or 'x';

    static void Emit(List<FoundRelation> found, Frame frame, Mention s, Mention t, bool negated)
    {
        if (s.EntityId == t.EntityId) return;
        var span = new TextSpan(Math.Min(s.Start, t.Start), Math.Max(s.End, t.End));
        RelationReader.Add(found, new FoundRelation(frame.Type, s.EntityId, t.EntityId, frame.Rule, Confidence, negated, span));
    }

    /// <summary>The role questions for one trigger word.</summary>
    /// <param name="loose">People and units stand for their faction (fighting, alliance), see <see cref="Personnel"/>.</param>
    sealed class Roles(SentenceGraph g, IReadOnlyList<Mention>?[] at, int trigger, bool loose)
    {
        readonly (int Head, bool Passive, List<int> Chain) _group = g.VerbGroup(trigger);

        public bool Negated => g.IsNegated(_group.Chain) || _group.Chain.Any(w => Refusals.Contains(g.Word(w)));

        public List<Mention> Fill(string role)
        {
            var words = role switch
            {
                "subj" => LogicalSubject(trigger),
                "obj" => LogicalObject(trigger),
                "theme" => LogicalObject(trigger) is { Count: > 0 } o ? o : LogicalSubject(trigger),
                "head" => [.. g.PredicatedOf(trigger).Select(LastConjunct)],
                "agent" => [.. g.LeftOf(trigger, "O").SelectMany(LogicalSubject)],
                // "al-Qaeda's Syrian affiliate", "the al-Qaeda affiliate": the noun's owner, by possessive or name modifier.
                "owner" => [.. g.Possessors(trigger), .. g.CompoundModifiers(trigger).Where(m => at[m] is not null)],
                // "clashes broke out between A and B": the list may hang off the verb the noun is subject of.
                "between" => [.. g.PrepositionObjects(trigger, role), .. g.VerbsOf(trigger).SelectMany(g.PredicateChain).SelectMany(v => g.PrepositionObjects(v, role))],
                _ => [.. g.PrepositionObjects(trigger, role)],
            };
            var result = new List<Mention>();
            foreach (var w in words) Resolve(w, result, 0);
            return result;
        }

        List<int> LogicalSubject(int verb)
        {
            var (head, passive, _) = verb == trigger ? _group : g.VerbGroup(verb);
            var (subject, isObject) = g.SurfaceSubject(head, verb);
            if (passive || isObject) return [.. g.PrepositionObjects(verb, "by")];
            if (subject < 0) subject = g.ControllerOf(verb);
            return subject >= 0 ? [subject] : [];
        }

        List<int> LogicalObject(int verb)
        {
            var (head, passive, _) = verb == trigger ? _group : g.VerbGroup(verb);
            var (subject, isObject) = g.SurfaceSubject(head, verb);
            if ((passive || isObject) && subject >= 0) return [subject];
            // "dissolved itself into X": a reflexive object is the subject again, so a theme falls back to it.
            return [.. g.Objects(verb).Where(o => g.Word(o) is not ("itself" or "themselves"))];
        }

        // "A and B, an umbrella of C and D": an apposition after a list describes its last member.
        int LastConjunct(int w)
        {
            var conjuncts = g.Conjuncts(w).ToList();
            return conjuncts.Count == 0 ? w : LastConjunct(conjuncts.Max());
        }

        /// <summary>The factions a word stands for.</summary>
        void Resolve(int w, List<Mention> into, int depth)
        {
            if (w < 0 || depth > MaxDepth) return;
            if (at[w] is { } named)
            {
                if (named.All(into.Contains)) return;
                foreach (var m in named) if (!into.Contains(m)) into.Add(m);
                // "Xanar and Corvin" read as one two-word name (G links through "and"): both are meant.
                foreach (var j in g.LeftOf(w, "G").Concat(g.RightOf(w, "G")))
                    if (g.Word(j) is "and" or "or" or ",") foreach (var other in g.Neighbours(j)) Resolve(other, into, depth + 1);
                return;
            }
            var conjuncts = g.Conjuncts(w).ToList();
            if (conjuncts.Count > 0)
            {
                foreach (var c in conjuncts) Resolve(c, into, depth + 1);
                return;
            }
            var word = g.Word(w);
            var before = into.Count;
            var plural = g.Parse.Words[w].Subscript is "p" || word.EndsWith('s') && g.Parse.Words[w].Subscript is "n";
            var people = Personnel.Contains(word);
            // "the Xanar operations room", "Xanar fighters", "Xanar positions": a name modifying a noun stands for it.
            if (loose || !plural && !people)
                foreach (var n in g.Modifiers(w)) if (at[n] is not null) Resolve(n, into, depth + 1);
            if (into.Count > before || !StandIns.Contains(word) && !people) return;
            if (loose || !people)
                foreach (var owner in g.Possessors(w)) Resolve(owner, into, depth + 1);
            foreach (var a in g.Antecedents(w)) Resolve(a, into, depth + 1);
            // "an umbrella organisation, X" and "two of them (A and B)": a name set beside the noun.
            if (into.Count == before)
                foreach (var a in g.Appositions(w)) if (a > w) Resolve(a, into, depth + 1);
            // "the forces of X are part of Y": a faction's forces or units, named by "of", act for it; its fighters,
            // members or remnants (people) only in fighting and alliance frames.
            if (Containers.Contains(word) || loose && people || word is "forces" or "units" or "troops")
                foreach (var x in g.PrepositionObjects(w, "of")) Resolve(x, into, depth + 1);
            if (loose && people) // "militants from X"
                foreach (var x in g.PrepositionObjects(w, "from")) Resolve(x, into, depth + 1);
            foreach (var x in g.PrepositionObjects(w, "including").Concat(g.PrepositionObjects(w, "like")).Concat(g.PrepositionObjects(w, "such_as")).Concat(g.SuchAsObjects(w)))
                Resolve(x, into, depth + 1);
            if (into.Count > before) return;
            foreach (var x in g.PredicatedOf(w)) Resolve(x, into, depth + 1);
        }
    }
}
