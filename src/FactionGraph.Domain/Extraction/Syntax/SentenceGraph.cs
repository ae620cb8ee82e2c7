namespace FactionGraph.Extraction.Syntax;

/// <summary>
/// A parsed sentence as a graph of words and labelled links, with the questions a relation frame asks of it: the
/// logical subject and object of a verb (through auxiliaries, infinitives, passives, relative clauses and verb
/// coordination), the object of a preposition attached to a word, and what a noun phrase stands for (through
/// coordination, apposition, relative pronouns and container nouns such as "the ranks of").
/// Link labels are link-grammar's English ones: the capital letters name the link type (S subject, O object, MV verb
/// modifier, J preposition object, SJ/VJ coordination, MX apposition, R/B relative clause, Pv passive, …).
/// </summary>
public sealed class SentenceGraph
{
    readonly record struct Edge(string Type, string Sub, int Other, bool OtherIsRight);

    readonly List<Edge>[] _edges;
    readonly string[] _words;

    public SentenceGraph(Parse parse)
    {
        Parse = parse;
        _words = [.. parse.Words.Select(w => w.Text.ToLowerInvariant())];
        _edges = new List<Edge>[parse.Words.Count];
        for (var i = 0; i < _edges.Length; i++) _edges[i] = [];
        foreach (var link in parse.Links)
        {
            var (type, sub) = Split(link.Label);
            _edges[link.Left].Add(new Edge(type, sub, link.Right, true));
            _edges[link.Right].Add(new Edge(type, sub, link.Left, false));
        }
        // The parser reads "composed of", "made up of" as one idiom: its words are linked by "_I…" links, and the
        // idiom's own links (the noun it modifies) hang off its last word. The first word, the verb a frame knows,
        // gets them too, taken right to left so "made" reaches through "up" to "of".
        foreach (var link in parse.Links.Where(l => l.Label.StartsWith("_I", StringComparison.Ordinal)).OrderByDescending(l => l.Right))
            foreach (var e in _edges[link.Right].ToList())
                if (!e.OtherIsRight && e.Other < link.Left && e.Type is "MX" or "M" or "S" or "P")
                    _edges[link.Left].Add(e);
    }

    public Parse Parse { get; }

    public int Count => _words.Length;

    /// <summary>The word at <paramref name="index"/>, lower-cased, without the parser's subscript.</summary>
    public string Word(int index) => _words[index];

    public bool IsVerb(int index) => Parse.Words[index].Subscript.StartsWith('v') || Parse.Words[index].Subscript is "w" or "q";

    static (string Type, string Sub) Split(string label)
    {
        var i = 0;
        while (i < label.Length && char.IsUpper(label[i])) i++;
        return (label[..i], label[i..]);
    }

    /// <summary>Words linked to the right of <paramref name="w"/> by a link of type <paramref name="type"/>.</summary>
    public IEnumerable<int> RightOf(int w, string type) => _edges[w].Where(e => e.OtherIsRight && e.Type == type).Select(e => e.Other);

    /// <summary>Words linked to the left of <paramref name="w"/> by a link of type <paramref name="type"/>.</summary>
    public IEnumerable<int> LeftOf(int w, string type) => _edges[w].Where(e => !e.OtherIsRight && e.Type == type).Select(e => e.Other);

    public bool IsLinked(int a, int b) => _edges[a].Any(e => e.Other == b);

    /// <summary>Whether <paramref name="a"/> links to <paramref name="b"/> on its right with a link of <paramref name="type"/>.</summary>
    public bool IsLinked(int a, int b, string type) => _edges[a].Any(e => e.Other == b && e.OtherIsRight && e.Type == type);

    public IEnumerable<int> Neighbours(int w) => _edges[w].Select(e => e.Other);

    /// <summary>
    /// The word that carries a verb's subject, walking left from the verb through the links that join a verb group:
    /// have + participle (PP), be + participle (P), to + infinitive (I, TO), verb + infinitive (IV) and verb
    /// coordination (VJ: "broke away and joined" share one subject). Passive is set when a be + past-participle
    /// link was crossed before any infinitive ("was absorbed into"), so the surface subject is the logical object.
    /// </summary>
    public (int Head, bool Passive, List<int> Chain) VerbGroup(int verb)
    {
        var head = verb;
        var passive = false;
        var crossedInfinitive = false;
        var chain = new List<int> { verb };
        for (var guard = 0; guard < 12; guard++)
        {
            var step = -1;
            foreach (var e in _edges[head])
            {
                if (e.OtherIsRight && e.Type != "VJ") continue;
                if (e.Type is "PP" or "I" or "TO" or "IV" || e.Type == "P" && e.Sub.Length > 0 && e.Sub[0] is 'v' or 'g')
                {
                    if (e.Type == "P" && e.Sub[0] == 'v' && !crossedInfinitive) passive = true;
                    if (e.Type is "TO" or "I" or "IV") crossedInfinitive = true;
                    step = e.Other;
                    break;
                }
                // "A broke away from B and joined C": the conjunction holds the shared subject.
                if (e.Type == "VJ" && (e.OtherIsRight ? e.Sub.StartsWith('l') : e.Sub.StartsWith('r')))
                {
                    step = e.Other;
                    break;
                }
            }
            if (step < 0 || chain.Contains(step)) break;
            head = step;
            chain.Add(step);
        }
        return (head, passive, chain);
    }

    /// <summary>The surface subject of a verb group's head: an S link, a subject relative clause, or a noun the verb modifies.</summary>
    public (int Word, bool IsObject) SurfaceSubject(int head, int verb)
    {
        if (QuotedSubject(head) is var quoted and >= 0) return (quoted, false);
        foreach (var e in _edges[head])
        {
            if (e.Type == "S" && !e.OtherIsRight) return (e.Other, false);
            if (e.Type == "SI" && e.OtherIsRight) return (e.Other, false);
        }
        // "the groups that joined X": noun —B— verb, and the pronoun's RS link makes the noun the subject.
        foreach (var noun in LeftOf(head, "B"))
        {
            var subjectRelative = RightOf(noun, "R").Any(rel => RightOf(rel, "RS").Contains(head));
            return (noun, !subjectRelative);
        }
        foreach (var rel in LeftOf(head, "RS")) return (rel, false);
        // "X, formed by A" (MX) and "a group founded by A" (Mv): a past participle modifies its logical object;
        // "groups including A" (Mg): a present participle modifies its subject.
        foreach (var e in _edges[verb])
        {
            if (e.OtherIsRight || e.Type is not ("MX" or "M")) continue;
            // "active in attacking X": a gerund after a preposition modifies no noun; ControllerOf finds its doer.
            if (Prepositions.Contains(_words[e.Other])) continue;
            var word = Parse.Words[verb].Text;
            return (e.Other, !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
        }
        return (-1, false);
    }

    // "A and B announced the formation of X" can parse as a quotation verb ("announced.q") whose inverted subject is
    // "the formation", with "A and B" hung off the wall: then the opening noun phrase is the subject, the SI word the object.
    int QuotedSubject(int verb)
    {
        if (!Parse.Words[verb].Subscript.StartsWith('q') || !RightOf(verb, "SI").Any()) return -1;
        foreach (var e in _edges[0])
            if (e.OtherIsRight && e.Type == "W" && e.Sub.StartsWith('a') && e.Other < verb) return e.Other;
        return -1;
    }

    static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
        { "in", "into", "on", "at", "by", "for", "from", "after", "before", "without", "with", "through", "while", "since", "despite", "of" };

    /// <summary>The surface subject of a verb, through its verb group (-1 when none).</summary>
    int SubjectOf(int verb) => SurfaceSubject(VerbGroup(verb).Head, verb).Word;

    /// <summary>
    /// A verb and the words its predicate runs on through, left to right: "clashes have been ongoing … between A and B"
    /// is have → been → ongoing (PP, P, I, TO links), and a phrase may hang off any of them.
    /// </summary>
    public IEnumerable<int> PredicateChain(int verb)
    {
        var seen = new HashSet<int> { verb };
        yield return verb;
        for (var w = verb; ;)
        {
            var next = _edges[w].Where(e => e.OtherIsRight && e.Type is "PP" or "P" or "I" or "TO" && !seen.Contains(e.Other)).Select(e => e.Other).FirstOrDefault(-1);
            if (next < 0 || seen.Count > 8) yield break;
            seen.Add(next);
            yield return w = next;
        }
    }

    /// <summary>
    /// The subject of a gerund that has none of its own because it hangs off a preposition: "X has been active in
    /// fighting Y", "X was involved in attacking Y" — the gerund's doer is the subject of the clause the phrase belongs to
    /// (-1 when it is not such a gerund).
    /// </summary>
    public int ControllerOf(int gerund)
    {
        if (!Parse.Words[gerund].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return -1;
        foreach (var preposition in LeftOf(gerund, "M").Concat(LeftOf(gerund, "J")))
            foreach (var attached in LeftOf(preposition, "MV"))
            {
                // An adjective predicate ("has been active in") takes its subject through the copula before it.
                var verb = LeftOf(attached, "P").DefaultIfEmpty(attached).First();
                if (SubjectOf(verb) is var subject and >= 0) return subject;
            }
        return -1;
    }

    /// <summary>Objects of a word: O links to its right ("joined X"), or an object relative ("the group that A joined").</summary>
    public IEnumerable<int> Objects(int verb)
    {
        var found = false;
        foreach (var o in RightOf(verb, "O")) { found = true; yield return o; }
        if (QuotedSubject(verb) >= 0) foreach (var o in RightOf(verb, "SI")) { found = true; yield return o; }
        if (found) yield break;
        foreach (var noun in LeftOf(verb, "B"))
            if (!RightOf(noun, "R").Any(rel => RightOf(rel, "RS").Contains(verb))) yield return noun;
    }

    /// <summary>
    /// Objects of <paramref name="preposition"/> attached to <paramref name="word"/> or to its particle ("broke away
    /// from X", "merged into X", "part of X", "pledged allegiance to X").
    /// </summary>
    public IEnumerable<int> PrepositionObjects(int word, string preposition)
    {
        var heads = new List<int> { word };
        heads.AddRange(RightOf(word, "K")); // particle: "broke away from"
        for (var k = 0; k < heads.Count && k < 4; k++) heads.AddRange(RightOf(heads[k], "")); // an idiom's words: "made up of"
        heads.AddRange(RightOf(word, "O")); // "pledged allegiance to X": the preposition may hang off the object
        foreach (var h in heads)
            foreach (var e in _edges[h])
            {
                if (!e.OtherIsRight || _words[e.Other] != preposition) continue;
                if (e.Type is not ("MV" or "M" or "OF" or "P" or "K" or "TO" or "OT" or "MG" or "AN" or "MVp" or "")) continue; // "": an idiom's own word ("composed of")
                foreach (var o in _edges[e.Other]) if (o.OtherIsRight && o.Type is "J" or "O" or "ON" or "IN") yield return o.Other;
            }
    }

    /// <summary>"groups such as X": the parser may read "such as" as an idiom whose "as" hangs off the noun.</summary>
    public IEnumerable<int> SuchAsObjects(int noun)
    {
        foreach (var e in _edges[noun])
            if (e.OtherIsRight && e.Type == "M" && _words[e.Other] == "as" && e.Other > 0 && _words[e.Other - 1] == "such")
                foreach (var o in _edges[e.Other]) if (o.OtherIsRight && o.Type == "J") yield return o.Other;
    }

    /// <summary>
    /// The shortest chain of words linking two words, both excluded, not through the walls or punctuation (which link
    /// everything to everything); empty when none is within <paramref name="maxLinks"/> links.
    /// </summary>
    public List<int> PathBetween(int from, int to, int maxLinks)
    {
        var previous = new Dictionary<int, int> { [from] = -1 };
        var frontier = new List<int> { from };
        for (var depth = 0; depth < maxLinks && frontier.Count > 0 && !previous.ContainsKey(to); depth++)
        {
            var next = new List<int>();
            foreach (var w in frontier)
                foreach (var e in _edges[w])
                {
                    if (previous.ContainsKey(e.Other) || IsWallOrPunctuation(e.Other) || e.Type is "X" or "W" or "RW") continue;
                    previous[e.Other] = w;
                    next.Add(e.Other);
                }
            frontier = next;
        }
        if (!previous.ContainsKey(to)) return [];
        var path = new List<int>();
        for (var w = previous[to]; w != from; w = previous[w]) path.Add(w);
        path.Reverse();
        return path;
    }

    // A comma that coordinates a list (",.j") is a word of the structure, not punctuation.
    bool IsWallOrPunctuation(int w) => Parse.Words[w].Entry is "LEFT-WALL" or "RIGHT-WALL"
        || _words[w].Length > 0 && !char.IsLetterOrDigit(_words[w][0]) && _words[w] is not ("'s" or "’s") && !Parse.Words[w].Entry.Contains(".j");

    /// <summary>Verbs a word is the subject of ("clashes broke out between A and B": "broke").</summary>
    public IEnumerable<int> VerbsOf(int subject) => _edges[subject].Where(e => e.OtherIsRight && e.Type == "S").Select(e => e.Other);

    /// <summary>Conjuncts of a coordinating word ("A, B and C" hangs off the last conjunction): empty when it is not one.</summary>
    public IEnumerable<int> Conjuncts(int w)
    {
        foreach (var e in _edges[w])
        {
            if (e.Type is not ("SJ" or "MJ" or "AJ" or "RJ")) continue;
            if (!e.OtherIsRight && e.Sub.StartsWith('l')) yield return e.Other;
            else if (e.OtherIsRight && e.Sub.StartsWith('r')) yield return e.Other;
        }
    }

    /// <summary>Words that modify a noun from its left: "Xanar" in "the Xanar militia" (AN, A, G, GN links).</summary>
    public IEnumerable<int> Modifiers(int noun) => _edges[noun].Where(e => !e.OtherIsRight && e.Type is "AN" or "A" or "G" or "GN").Select(e => e.Other);

    /// <summary>
    /// The modifiers of a noun, and where the noun itself modifies a compound's head ("a Xanar splinter group"), the
    /// head's other modifiers: the parser hangs every word before the head on the head.
    /// </summary>
    public IEnumerable<int> CompoundModifiers(int noun) =>
        Modifiers(noun).Concat(_edges[noun].Where(e => e.OtherIsRight && e.Type == "AN").SelectMany(e => Modifiers(e.Other)).Where(m => m != noun && m < noun));

    /// <summary>Appositions of a word: "A, a faction that …" (A —MX— faction), in either direction.</summary>
    public IEnumerable<int> Appositions(int w) => _edges[w].Where(e => e.Type == "MX").Select(e => e.Other);

    /// <summary>The antecedent of a relative pronoun ("X, which …", "groups that …").</summary>
    public IEnumerable<int> Antecedents(int pronoun) =>
        _edges[pronoun].Where(e => !e.OtherIsRight && e.Type is "R" or "MX").Select(e => e.Other);

    /// <summary>"X's fighters": the possessor of a noun, through the 's word.</summary>
    public IEnumerable<int> Possessors(int noun)
    {
        foreach (var d in LeftOf(noun, "D"))
        {
            if (_words[d] is "'s" or "'" or "’s" or "’") foreach (var owner in LeftOf(d, "YS").Concat(LeftOf(d, "YP"))) yield return owner;
            else if (_words[d] is "its" or "their") yield return d;
        }
    }

    /// <summary>
    /// Where a noun is said of something: "A is part of X" (copula: the subject), "A, part of X" (apposition),
    /// "A was among the groups" (among), "the members of X are A and B" (the copula's complement).
    /// </summary>
    public IEnumerable<int> PredicatedOf(int noun)
    {
        // "A, a member of X" and "A member of X, A, said": an apposition either side.
        var appositions = LeftOf(noun, "MX").Concat(RightOf(noun, "MX")).ToList();
        foreach (var a in appositions) yield return a;
        // "An affiliate of X, A, said": the parser hangs the apposition on the nearer name, but between a subject and its
        // verb it names the subject.
        if (appositions.Count == 0 && RightOf(noun, "S").Any())
            foreach (var o in PrepositionObjects(noun, "of"))
                foreach (var a in RightOf(o, "MX")) yield return a;
        // "the al-Qaeda affiliate Belmor": the noun modifies the name it is said of.
        foreach (var e in _edges[noun])
            if (e.OtherIsRight && e.Type is "AN" or "GN" or "G" && IsCapitalized(e.Other)) yield return e.Other;
        foreach (var e in _edges[noun])
        {
            // complement of a copula or a verb that names a role: "is/became/remained/formed part of", "is loyal to" (Pa)
            if (!e.OtherIsRight && (e.Type is "O" or "MV" || e.Type is "P" && e.Sub.StartsWith('a')) && Copula(e.Other))
                if (SubjectOf(e.Other) is var subject and >= 0) yield return subject;
            // "as part of": the verb the "as" phrase modifies
            // "fought in support of X": "in" as well, for the nouns whose frames name it
            if (!e.OtherIsRight && e.Type is "J" && _words[e.Other] is "as" or "among" or "in")
                foreach (var v in LeftOf(e.Other, "MV").Concat(LeftOf(e.Other, "P")))
                    if (SubjectOf(v) is var subject and >= 0) yield return subject;
            // "Like other Hezbollah allies, X …", "Along with other Y affiliates, X …": "other" makes the clause's subject
            // one of them; the opener hangs on the subject by a CO link.
            if (!e.OtherIsRight && e.Type is "J" && _words[e.Other] is "like" or "with" && LeftOf(noun, "D").Any(d => _words[d] == "other"))
                foreach (var subject in RightOf(e.Other, "CO")) yield return subject;
            // "X was formed through the merger of A and B", "X emerged from the merger of": how a body came to be is
            // said of the body, the subject of a passive or intransitive verb of coming into being.
            if (!e.OtherIsRight && e.Type is "J" && _words[e.Other] is "through" or "with" or "from" or "after" or "following" or "via" or "out")
                foreach (var v in LeftOf(e.Other, "MV"))
                    if (Origins.Contains(_words[v]) && SubjectOf(v) is var subject and >= 0) yield return subject;
            // "the members of X are A and B"
            if (e.OtherIsRight && e.Type is "S" && Copula(e.Other))
                foreach (var o in RightOf(e.Other, "O")) yield return o;
            // "A is part of X" read as "part of" quantifying X: what is said of X is said of the part.
            if (e.OtherIsRight && e.Type is "D")
                foreach (var p in PredicatedOf(e.Other)) yield return p;
            // "A is an al-Qaeda splinter group": the trigger is the first half of a noun compound; what is said of the
            // compound's head is said of it.
            if (e.OtherIsRight && e.Type is "AN" && !IsCapitalized(e.Other) && !IsVerb(e.Other))
                foreach (var p in PredicatedOf(e.Other)) yield return p;
        }
    }

    static readonly HashSet<string> Origins = new(StringComparer.Ordinal)
        { "formed", "created", "established", "founded", "born", "emerged", "launched", "came", "arose", "set" };

    bool IsCapitalized(int w) => Parse.Words[w].Text is { Length: > 0 } t && char.IsUpper(t[0]);

    bool Copula(int w) => _words[w] is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "become" or "became" or "becomes"
        or "remain" or "remains" or "remained" or "formed" or "form" or "forms" or "constitute" or "constitutes" or "constituted";

    /// <summary>Negated: a "not", "never" or "n't" on any word of the verb group.</summary>
    public bool IsNegated(IEnumerable<int> chain) =>
        chain.Any(w => _edges[w].Any(e => _words[e.Other] is "not" or "never" or "n't" or "no" && e.Type is "N" or "E" or "EB" or "D"));
}
