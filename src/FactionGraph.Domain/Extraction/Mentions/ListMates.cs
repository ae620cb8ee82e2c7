using System.Text.RegularExpressions;

namespace FactionGraph.Extraction;

/// <summary>
/// A name listed among factions is a faction: in "Anti-balaka, UPC, FPRC, 3R and MPC" or "the Ras Kamboni Brigade;
/// Jabhatul Islamiya; and Anole", a capitalized name between two known factions, or closing a list of them, is listed
/// as one of them, whatever its shape. Only names the other finders left free are taken, and only inside a list that
/// already holds two factions, so a town or a person named beside one faction is not read as a group.
/// </summary>
internal static partial class ListMates
{
    // A name: capitalized words (or one starting with a digit, "3R"), joined by the particles names use.
    const string Name = @"(?<name>(?:\p{Lu}|\d)[\p{L}\p{N}'’.-]*(?:\s+(?:(?:al|el|ash|as|ad|wal|wa|of|the|for|de|la|des|du)[\s-]+)?\p{Lu}[\p{L}\p{N}'’-]*){0,5})";
    const string Gloss = @"(?:\s*\([^()\n]{1,60}\))?";
    const string Separator = @"\s*(?:,|;)\s*(?:(?:and|or)\s+)?";
    const string Joiner = @"(?:\s*(?:,|;)\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)";

    // Between two factions: ", NAME, and " — separated on both sides.
    [GeneratedRegex("^" + Gloss + Separator + @"(?:the\s+)?" + Name + Gloss + Joiner + @"(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    // After the last of a list's factions: "…, 3R and MPC" / "…; and Anole." — a name after "and"/"or" that ends the list.
    [GeneratedRegex("^" + Gloss + @"\s*(?:,|;)?\s*(?:and|or)\s+(?:the\s+)?" + Name + Gloss + @"(?=\s*[.;,:)]|\s*$|\s+\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex Closing();

    [GeneratedRegex("^" + Gloss, RegexOptions.CultureInvariant)]
    private static partial Regex LeadingGloss();

    // Joined only by list separators, as a plural reference's list is (an acronym in parentheses may stand first).
    static bool Listed(string gap) => PluralReferences.IsJoin(GapText.Normalize(LeadingGloss().Replace(gap, "", 1)));

    const int MaxGap = 120;

    public static List<Mention> Find(ArticleState state)
    {
        var found = new List<Mention>();
        var text = state.Text;
        foreach (var sentence in state.Sentences)
        {
            var names = state.Mentions.Where(m => m.Source != MentionSource.Coreference && m.Start >= sentence.Start && m.End <= sentence.End)
                .OrderBy(m => m.Start).ToList();
            if (names.Count < 2) continue;
            var run = 1; // factions in the list that ends at names[i]
            for (var i = 0; i + 1 < names.Count; i++)
            {
                var (a, b) = (names[i], names[i + 1]);
                if (b.Start < a.End || b.Start - a.End > MaxGap) { run = 1; continue; }
                var gap = text[a.End..b.Start];
                if (Listed(gap)) { run++; continue; }
                if (Between().Match(gap) is { Success: true } between && Take(state, a.End + between.Groups["name"].Index, between.Groups["name"].Length) is { } mate)
                {
                    found.Add(mate);
                    run += 2;
                    continue;
                }
                if (run >= 2) Close(state, a, b.Start, found);
                run = 1;
            }
            if (run >= 2) Close(state, names[^1], sentence.End, found);
        }
        return found;
    }

    static void Close(ArticleState state, Mention last, int limit, List<Mention> found)
    {
        var rest = state.Text[last.End..Math.Min(limit, last.End + MaxGap)];
        if (Closing().Match(rest) is not { Success: true } closing) return;
        var name = closing.Groups["name"];
        // "… and the Arab tribal militia X": one capitalized word before lowercase ones describes what follows it.
        var describes = !name.Value.Contains(' ') && rest.AsSpan(name.Index + name.Length).TrimStart() is { Length: > 0 } after && char.IsLower(after[0]);
        if (!describes && Take(state, last.End + name.Index, name.Length) is { } mate) found.Add(mate);
    }

    static Mention? Take(ArticleState state, int start, int length)
    {
        var first = state.TokenAt(start);
        var end = state.TokenAt(start + length);
        if (first >= end || state.AnyConsumed(first, end)) return null;
        // Words that are never a group's name on their own: months, days, titles, sentence openers.
        if (end - first == 1 && state.Model.Lexicon.Is(state.Tokens[first].Word, WordRole.Stop)) return null;
        return GroupDiscovery.Register(state, first, end);
    }
}
