using FactionGraph.Model;

namespace FactionGraph.Extraction.Relations;

/// <summary>
/// "the Turkish-backed Syrian National Army", "the ISIS-affiliated extremist group Ansar al-Sunna": a name joined by a
/// hyphen to a frame verb's past participle relates that name to the faction the compound describes. The parser sees
/// "Xanar-backed" as one unknown word, so these are read from the words: the name before the hyphen takes the frame's
/// agent-side role (subject, "by", or a preposition: "affiliated with X"), the next faction within a few words takes the
/// object-side role (object or theme). The frames are those of frames.txt; nothing here names a verb.
/// </summary>
internal sealed class HyphenCompounds(FrameBook frames)
{
    const double Confidence = 0.7;
    const int MaxWordsToHead = 4;

    public void Read(string text, TextSpan sentence, List<Mention> mentions, List<FoundRelation> found)
    {
        foreach (var m in mentions)
        {
            if (m.End + 1 >= sentence.End || text[m.End] != '-') continue;
            var k = m.End + 1;
            while (k < sentence.End && char.IsLetter(text[k])) k++;
            var participle = text[(m.End + 1)..k].ToLowerInvariant();
            if (!participle.EndsWith("ed", StringComparison.Ordinal)) continue;
            var first = Described(text, sentence, mentions, k);
            if (first is null) continue;
            foreach (var described in WithListAfter(text, sentence, mentions, first))
                if (described.EntityId != m.EntityId) Relate(m, described, participle, found);
        }
    }

    // The name before the hyphen takes the frame's agent-side role, the described faction its object-side role.
    void Relate(Mention named, Mention described, string participle, List<FoundRelation> found)
    {
        foreach (var frame in frames.For(participle))
        {
            if (!frame.IsVerb || frame.Particle is not null || frame.SourceRole == "between") continue;
            var sourceIsObject = frame.SourceRole is "obj" or "theme";
            var targetIsObject = frame.TargetRole is "obj" or "theme";
            if (sourceIsObject == targetIsObject) continue;
            var (source, target) = sourceIsObject ? (described, named) : (named, described);
            var span = new TextSpan(Math.Min(named.Start, described.Start), Math.Max(named.End, described.End));
            RelationReader.Add(found, new FoundRelation(frame.Type, source.EntityId, target.EntityId, "compound-" + frame.Lemma, Confidence, false, span));
            return;
        }
    }

    // "Islamic State-affiliated Maute and BIFF militants": the compound heads the whole list after it.
    static IEnumerable<Mention> WithListAfter(string text, TextSpan sentence, List<Mention> mentions, Mention first)
    {
        var last = first;
        yield return first;
        foreach (var next in mentions.Where(n => n.Start >= first.End && n.End <= sentence.End).OrderBy(n => n.Start))
        {
            var gap = text[last.End..next.Start].Trim();
            if (gap is not ("," or "and" or ", and" or "or")) yield break;
            yield return next;
            last = next;
        }
    }

    // The faction the compound modifies: the next name within a few words, with no clause break between
    // ("the Turkish-backed Syrian National Army", "ISIS-affiliated extremist group Ansar al-Sunna").
    static Mention? Described(string text, TextSpan sentence, List<Mention> mentions, int from)
    {
        var next = mentions.Where(n => n.Start >= from && n.End <= sentence.End).MinBy(n => n.Start);
        // A back-reference ("UAE-backed forces pushed the group out") is a clause's object, not the compound's head.
        if (next is null || next.Source == MentionSource.Coreference) return null;
        var gap = text[from..next.Start];
        if (gap.IndexOfAny([',', ';', ':', '(', '.', '"', '“']) >= 0) return null;
        var words = gap.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A verb right before the name makes it an object ("Belmor-backed forces pushed Xanar"); "armed group Xanar" does not.
        return words.Length <= MaxWordsToHead && !words.Any(w => w is "and" or "or" or "by" or "of" or "with" or "to" or "in" or "on" or "against" or "that" or "which" or "who" or "whose")
            && !(words.Length > 0 && words[^1].EndsWith("ed", StringComparison.Ordinal)) ? next : null;
    }
}
