using System.Text;

namespace FactionGraph.Extraction;

/// <summary>
/// An acronym the article never spelled out but that is the initials of a faction it named before: "Hurras al-Din ...
/// HaD is loyal to al-Qaeda". Only when exactly one earlier faction has those initials.
/// </summary>
internal static class InitialsReferences
{
    const int MinLetters = 2, MaxLetters = 6;

    public static void Resolve(ArticleState state)
    {
        var tokens = state.Tokens;
        var named = state.Mentions.Where(m => m.Source != MentionSource.Coreference).OrderBy(m => m.Start).ToList();
        if (named.Count == 0) return;
        var initials = new Dictionary<Mention, (string All, string Core)>();
        foreach (var m in named) initials[m] = Initials(state, m);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (state.Consumed[i]) continue;
            var word = Coreference.Word(state, i);
            if (word.Length < MinLetters || word.Length > MaxLetters || !word.All(char.IsLetter) || word.Count(char.IsUpper) < 2 || !char.IsUpper(word[0])) continue;
            var key = word.ToUpperInvariant();
            var matches = named.Where(m => m.End <= tokens[i].Start && (initials[m].All == key || initials[m].Core == key))
                .Select(m => m.EntityId).Distinct().ToList();
            if (matches.Count != 1) continue;
            var antecedent = named.Last(m => m.EntityId == matches[0] && m.End <= tokens[i].Start);
            state.AddMention(i, i + 1, antecedent.EntityId, antecedent.Kind, MentionSource.Discovered); // it names the faction as a name does
        }
    }

    static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase) { "al", "el", "ad", "ash", "as", "ar", "an", "of", "the", "and", "wal", "for", "in" };

    // "Hurras al-Din" → "HAD" (every word) and "HD" (without "al", "of"); a name of one word has none.
    static (string All, string Core) Initials(ArticleState state, Mention m)
    {
        var name = state.Text.AsSpan(m.Start, m.End - m.Start);
        if (name.IndexOf('(') is var paren and > 0) name = name[..paren];
        var words = name.ToString().Split([' ', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return ("", "");
        var all = new StringBuilder();
        var core = new StringBuilder();
        foreach (var w in words)
        {
            if (!char.IsLetter(w[0])) continue;
            all.Append(char.ToUpperInvariant(w[0]));
            if (!Minor.Contains(w)) core.Append(char.ToUpperInvariant(w[0]));
        }
        return (all.Length >= MinLetters ? all.ToString() : "", core.Length >= MinLetters ? core.ToString() : "");
    }
}
