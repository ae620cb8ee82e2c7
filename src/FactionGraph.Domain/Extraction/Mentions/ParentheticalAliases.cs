using System.Text.RegularExpressions;

namespace FactionGraph.Extraction;

/// <summary>
/// Reads a name's translation or acronym given in parentheses right after it — "Faylaq al-Sham (Legion of the Levant)",
/// "the Ahrar al-Sham group (the Free Men of the Levant)", "the Free Idlib Army (FIA)" — as an alias of that faction,
/// so the parentheses neither become a second group nor break a list of members.
/// </summary>
internal static partial class ParentheticalAliases
{
    // Between the name and "(": quotes and a generic noun ("group", "movement") may stand.
    [GeneratedRegex(@"^[\s""'“”‘’]*(?:(?:group|movement|faction|brigades?|militia|alliance|coalition|organi[sz]ation|rebels|fighters|operations room)\s*)?\($", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(?:also known as|known as|aka|a\.k\.a\.|or|meaning|literally|lit\.|in arabic)[\s,:]+", RegexOptions.IgnoreCase)]
    private static partial Regex AliasPrefix();

    const int MaxLead = 40, MaxContent = 90;

    public static void Absorb(ArticleState state, IEnumerable<Mention> mentions)
    {
        var text = state.Text;
        foreach (var m in mentions.ToList())
        {
            var open = text.IndexOf('(', m.End, Math.Min(MaxLead, text.Length - m.End));
            if (open < 0 || !Lead().IsMatch(text.AsSpan(m.End, open + 1 - m.End).ToString())) continue;
            var close = text.IndexOfAny(['(', ')', '\n'], open + 1, Math.Min(MaxContent, text.Length - open - 1));
            if (close < 0 || text[close] != ')') continue;
            var content = AliasPrefix().Replace(text[(open + 1)..close].Trim(), "").Trim(' ', '"', '\'', '“', '”', '‘', '’');
            var inside = state.Mentions.Where(o => o != m && o.Start > open && o.End <= close).ToList();
            // "Jama'at Nasr al-Islam wal Muslimin (JNIM)": a name found by its shape, spelled unlike any the gazetteer
            // knows, followed by a known faction's acronym that its initials spell, is that faction.
            if (m.Source == MentionSource.Discovered && inside is [{ Source: MentionSource.Gazetteer } known] && IsAcronym(content)
                && InitialsMatch(content, state.Surface(m.TokenStart, m.TokenEnd)))
            {
                state.Entities.AddAlias(known.EntityId, state.Surface(m.TokenStart, m.TokenEnd));
                // The spelling's other uses in the article, found already or still to come, are the known faction too.
                var spelled = m.EntityId;
                RenameLocal(state, spelled, known.EntityId);
                foreach (var other in state.Mentions.Where(o => o.EntityId == spelled).Append(m).Distinct())
                {
                    other.EntityId = known.EntityId;
                    other.Kind = known.Kind;
                }
            }
            // A different gazetteer faction: never merge two. A name found only by its shape inside a discovered name's
            // parentheses is its translation: "Liwa Shams al-Shamal (Northern Sun Battalion)".
            if (inside.Any(o => o.EntityId != m.EntityId && (o.Source != MentionSource.Discovered || m.Source != MentionSource.Discovered))) continue;
            if (inside.Count == 0 && !LooksLikeName(content, state.Surface(m.TokenStart, m.TokenEnd))) continue;
            foreach (var o in inside)
            {
                state.Mentions.Remove(o);
                if (o.EntityId != m.EntityId) RenameLocal(state, o.EntityId, m.EntityId);
            }
            state.Consume(state.TokenAt(open), state.TokenAt(close));
            state.Entities.AddAlias(m.EntityId, StripThe(content));
            if (IsAcronym(content)) state.LocalNames[content] = m.EntityId;
            m.End = close + 1;
        }
    }

    // The article's own names (acronyms, spellings) of one faction now name another.
    static void RenameLocal(ArticleState state, string from, string to)
    {
        foreach (var key in state.LocalNames.Where(kv => kv.Value == from).Select(kv => kv.Key).ToList()) state.LocalNames[key] = to;
    }

    static bool LooksLikeName(string content, string name)
    {
        if (content.Length < 2 || content.Any(char.IsDigit)) return false;
        if (content[0] > 0x5FF) return true; // Arabic script
        var words = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8) return false;
        var first = words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && words.Length > 1 ? words[1] : words[0];
        if (!char.IsUpper(first[0])) return false;
        return !IsAcronym(content) || InitialsMatch(content, name);
    }

    static bool IsAcronym(string s) => s.Length is >= 2 and <= 7 && s.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '/');

    // "HTS" for "Hay'at Tahrir al-Sham": the acronym's letters start successive words, articles optional.
    static bool InitialsMatch(string acronym, string name)
    {
        var initials = string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0])));
        var letters = acronym.Where(char.IsLetter).ToArray();
        if (letters.Length == 0 || initials.Length == 0 || letters[0] != initials[0]) return false;
        var k = 0;
        foreach (var c in initials) if (k < letters.Length && c == letters[k]) k++;
        return k == letters.Length;
    }

    static string StripThe(string s) => s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
}
