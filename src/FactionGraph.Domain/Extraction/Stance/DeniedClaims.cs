using System.Text.RegularExpressions;
using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>
/// Reads relations a sentence states only to negate them, with the negation on their own verb: "A, B and C are still
/// not working under X", "A did not side with X", "A has never been part of X", or deny by themselves ("A has distanced
/// itself from X"). The phrases are data (stance.txt,
/// [denied-claim]). The subject is the name just before the negation, with the names of a list it closes ("such as A,
/// B, C are not"); the object the name just after, or "either party" / "either side" for both sides of a "between X and
/// Y" in the sentence before ("the war between X and Y ... A did not side with either party"). What it reads is
/// negated, and replaces the same relation read without the negation from the same sentence.
/// </summary>
internal static class DeniedClaims
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    const double Confidence = 0.7;

    // "are still not", "has never been", "did not", "is not yet formally": a negation on the verb group ("no longer" is
    // leaving, not denial, and is left to the connectors).
    const string Negation = @"(?:(?:is|are|was|were|has|have|had|do|does|did|still|yet|also|so\s+far|ever|been|formally|officially|currently|now|reportedly)\s+)*(?:not|never|(?:is|are|was|were|has|have|had|do|does|did)n[’']t)\s+(?:(?:still|yet|been|formally|officially|currently|be|been)\s+)*";

    // Before a phrase that denies by itself: "has publicly distanced itself from".
    const string Auxiliaries = @"(?:(?:has|have|had|is|are|was|were|also|now|since|publicly|openly|reportedly|formally|officially)\s+)*";

    static readonly List<(RelationType Type, Regex Pattern)> Phrases = Load();

    // What may stand between a list's names and the negation: more list items the name finder did not know
    // (", Sham Corps, al-Rahman Corps"), a parenthesised alias, nothing.
    static readonly Regex SubjectGap = new(@"^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:and\s+)?(?:(?:al|el|ad|as|ash|an|ar|at|az)-)?[A-Z0-9][\w'’-]*(?:\s+(?:(?:al|el|ad|as|ash|an|ar|at|az)-)?[\w'’-]+){0,3})*(?:\s*,)?\s*(?:and\s+)?$", RegexOptions.CultureInvariant);

    static readonly Regex Either = new(@"^\s*(?:either|both|any)\s+(?:party|parties|side|sides|camp|camps|of\s+them|of\s+the\s+two)\b", Options);

    public static void Read(ArticleState state, TextSpan sentence, List<Mention> mentions, IReadOnlyList<Mention> previous, TextSpan previousSentence, List<FoundRelation> found)
    {
        if (mentions.Count == 0) return;
        var text = state.Text;
        var quote = sentence.Of(text);
        var ordered = mentions.OrderBy(m => m.Start).ToList();
        foreach (var (type, pattern) in Phrases)
            foreach (Match match in pattern.Matches(quote))
            {
                var at = sentence.Start + match.Index;
                var after = at + match.Length;
                var subjects = SubjectsBefore(text, ordered, at);
                if (subjects.Count == 0) continue;
                List<Mention> objects;
                var next = ordered.FirstOrDefault(m => m.Start >= after);
                if (next is not null && text.AsSpan(after, next.Start - after).Trim() is var gap && (gap.Length == 0 || gap.Equals("the", StringComparison.OrdinalIgnoreCase)))
                    objects = [next];
                else if (Either.IsMatch(text.AsSpan(after, sentence.End - after)))
                    objects = BetweenPair(text, previous, previousSentence);
                else continue;
                // "A did not join X until 2016": it did, later.
                if (StanceReader.Until.IsMatch(text.AsSpan(objects[^1].End, sentence.End - objects[^1].End))) continue;
                foreach (var s in subjects)
                    foreach (var o in objects)
                    {
                        if (s.EntityId == o.EntityId) continue;
                        var span = new TextSpan(Math.Min(s.Start, o.Start), Math.Max(s.End, o.End));
                        var r = new FoundRelation(type, s.EntityId, o.EntityId, "denied-claim", Confidence, true, span);
                        var same = found.FindIndex(f => f.Type == type && f.Source == r.Source && f.Target == r.Target);
                        if (same >= 0) found[same] = found[same] with { Negated = true };
                        else found.Add(r);
                    }
            }
    }

    // The name just before the negation and the names of the list it ends.
    static List<Mention> SubjectsBefore(string text, List<Mention> ordered, int at)
    {
        var subjects = new List<Mention>();
        var end = at;
        for (var i = ordered.Count - 1; i >= 0; i--)
        {
            var m = ordered[i];
            if (m.End > end) continue;
            var gap = text.AsSpan(m.End, end - m.End).ToString();
            if (!SubjectGap.IsMatch(gap)) break;
            // A list goes on only through commas and "and"; the first name reached ends it unless a comma precedes it.
            if (subjects.All(s => s.EntityId != m.EntityId)) subjects.Add(m);
            var before = text.AsSpan(0, m.Start).TrimEnd();
            if (!(before.EndsWith(",") || before.EndsWith(" and") || before.EndsWith(", and"))) break;
            end = m.Start;
        }
        return subjects;
    }

    // "the war between X and Y": the two sides named in the sentence before.
    static List<Mention> BetweenPair(string text, IReadOnlyList<Mention> previous, TextSpan previousSentence)
    {
        var ordered = previous.Where(m => m.Start >= previousSentence.Start && m.End <= previousSentence.End).OrderBy(m => m.Start).ToList();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            var lead = text.AsSpan(previousSentence.Start, ordered[i].Start - previousSentence.Start).TrimEnd();
            if (lead.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) lead = lead[..^4].TrimEnd();
            if (!lead.EndsWith("between", StringComparison.OrdinalIgnoreCase)) continue;
            var and = text.AsSpan(ordered[i].End, ordered[i + 1].Start - ordered[i].End).Trim();
            if (and.Equals("and", StringComparison.OrdinalIgnoreCase) || and.Equals("and the", StringComparison.OrdinalIgnoreCase))
                return [ordered[i], ordered[i + 1]];
        }
        return [];
    }

    static List<(RelationType, Regex)> Load()
    {
        var phrases = new List<(RelationType, Regex)>();
        foreach (var line in StanceReader.Lexicon["denied-claim"])
        {
            var fields = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2 || !WireName.TryParse<RelationType>(fields[0], out var type))
                throw new InvalidDataException($"stance.txt [denied-claim]: expected 'RELATION_TYPE words': {line}");
            var phrase = fields[1].Trim();
            var negation = phrase.StartsWith('!') ? Auxiliaries : Negation;
            phrases.Add((type, new Regex($@"\b{negation}{StanceReader.Pattern(phrase.TrimStart('!'))}\b\s*", Options)));
        }
        return phrases;
    }
}
