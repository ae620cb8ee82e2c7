using FactionGraph.Model;

namespace FactionGraph.Extraction.Relations;

/// <summary>
/// Whether parsing a placeholder text could add a relation the sentence's list does not hold yet. A parse is most of
/// extraction's time, and what it can add is bounded before it runs: a relation comes from a frame whose trigger is a
/// word of the text, whose preposition roles and particle are words of the text ("fought against", "clashes between",
/// "made up of"; the path reading needs one of the two roles and no particle), and joins two of the factions placed in the text; a relation of the same type, source and
/// target already in the list is not added again (<see cref="Phrases.RelationReader.Add"/>). When every such
/// relation is already there, the parse cannot change the output and is not run.
/// </summary>
internal static class ParseGate
{
    // Roles read from links alone; every other role is a preposition the parse must hold as a word.
    static readonly HashSet<string> StructuralRoles = new(StringComparer.Ordinal) { "subj", "obj", "theme", "head", "agent", "owner" };

    public static bool CanAdd(FrameBook frames, ReadOnlySpan<char> text, IReadOnlyList<string> factions, List<FoundRelation> found)
    {
        if (factions.Count < 2) return false;
        var words = Words(text);
        var types = new HashSet<RelationType>();
        foreach (var word in words)
            foreach (var frame in frames.For(word))
                if (Holds(frame.SourceRole, words) && Holds(frame.TargetRole, words) && (frame.Particle is null || words.Contains(frame.Particle))
                    || ReadAsPath(frame) && (Holds(frame.SourceRole, words) || Holds(frame.TargetRole, words)))
                    types.Add(frame.Type);
        foreach (var type in types)
            foreach (var source in factions)
                foreach (var target in factions)
                    if (source != target && !found.Any(f => f.Type == type && f.Source == source && f.Target == target)) return true;
        return false;
    }

    static bool Holds(string role, HashSet<string> words) => StructuralRoles.Contains(role) || words.Contains(role);

    // The path reading (StructureReader.PathFrame) asks only for the role after the trigger, either of the two.
    static bool ReadAsPath(Frame frame) => frame.SourceRole != "between" && frame.Type is not (RelationType.MemberOf or RelationType.MergedInto);

    /// <summary>
    /// Every word the parser could make of the text, lower-cased: each run of letters, and each run of letters and
    /// hyphens as a whole, since the parser may keep "Xanar-backed" one word or split it. The parser's words are pieces
    /// of the text's own, so a word not here is not in the parse.
    /// </summary>
    static HashSet<string> Words(ReadOnlySpan<char> text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            var run = text[start..i].TrimEnd('-');
            if (run.IsEmpty) continue;
            words.Add(run.ToString().ToLowerInvariant());
            if (!run.Contains('-')) continue;
            foreach (var part in run.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries)) words.Add(part.ToLowerInvariant());
        }
        return words;
    }
}
