using System.Text;

namespace FactionGraph.Extraction.Relations;

/// <summary>
/// A sentence rewritten for the parser, whose dictionary knows English, not "Harakat Ahrar al-Sham al-Islamiyya
/// (Islamic Movement of the Free Men of the Levant)":
/// - every faction name becomes a short placeholder name ("Xanar", "Belmor"), swallowing the bits of name the
///   mention left beside it ("al-" before, "Brigade" after);
/// - a list of names ("A, B, the C and D") becomes two placeholders joined by "and", the first standing for all
///   but the last, so a long list parses as one coordination;
/// - dashes become commas, a parenthesis without a faction in it is dropped, quotes are dropped;
/// - pronouns that refer to a faction ("it", "its", "their") stay as they are.
/// Each placeholder's place is kept, so parsed words map back to mentions.
/// </summary>
internal sealed class PlaceholderSentence
{
    // Measured on the real-text dev part: capitalized placeholders, the text's own "the" kept, read better (strict F1
    // 0.26) than common nouns with their own article ("the militia", 0.21), which turn name modifiers into noun compounds.
    static readonly string[] Names = ["Xanar", "Belmor", "Corvin", "Delvan", "Ferrin", "Gorlan", "Hestor", "Jarvin", "Kelmar", "Lorvan", "Morden", "Norvik"];
    static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "its", "itself", "they", "their", "them", "themselves" };
    static readonly HashSet<string> ListWords = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "the", "as", "well", "&" };
    static readonly HashSet<string> NotName = new(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "and", "or", "of", "in", "on", "at", "by", "with", "from", "to", "for", "but", "as", "its", "their", "his", "her", "this", "that", "these", "those", "which", "who" };

    readonly List<(int Start, int End, List<Mention> Mentions)> _places = [];

    public string Text { get; }

    public PlaceholderSentence(string text, TextSpan sentence, IReadOnlyList<Mention> mentions)
    {
        var ordered = new List<Mention>();
        // "ISIS or IS", "Hay'at Tahrir al-Sham, or HTS,": a second name for the faction just named shares its place, which
        // runs to the second name's end; read as two places, the pair parses as a list of two factions.
        var placeEnd = new Dictionary<Mention, int>();
        int End(Mention m) => placeEnd.TryGetValue(m, out var e) ? e : m.End;
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            if (m.End > sentence.End || ordered.Count > 0 && m.Start < End(ordered[^1])) continue; // the first owns overlapping words
            if (ordered.Count > 0 && m.EntityId == ordered[^1].EntityId && m.Source != MentionSource.Coreference
                && NamesAgain(text, End(ordered[^1]), m.Start))
            {
                // ", or HTS," closes its aside with the name: the closing comma goes with it.
                var end = m.End;
                if (text.AsSpan(End(ordered[^1]), m.Start - End(ordered[^1])).TrimStart().StartsWith(",") && end < sentence.End && text[end] == ',') end++;
                placeEnd[ordered[^1]] = end;
                continue;
            }
            // "A is the main faction in X": a back-reference to a faction this sentence already named is its predicate, not a third party.
            if (m.Source == MentionSource.Coreference && ordered.Any(o => o.EntityId == m.EntityId)) continue;
            // "Arakan Army (AA)": a name in parentheses right after a name glosses it; the first stands for both,
            // so "A (AA), B (KIA) and C" stays one list.
            if (ordered.Count > 0 && GlossesPrevious(text, End(ordered[^1]), m)) continue;
            ordered.Add(m);
        }
        var sb = new StringBuilder(sentence.Length);
        var at = sentence.Start;
        var n = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var m = ordered[i];
            var surface = text[m.Start..m.End].Trim();
            if (Pronouns.Contains(surface))
            {
                Append(sb, text, at, m.Start);
                _places.Add((sb.Length, sb.Length + surface.Length, [m]));
                sb.Append(surface);
                at = m.End;
                continue;
            }
            // "SSPP/SSA", "YPG/YPJ": names joined by a slash are one place that stands for each of them.
            var slashed = i;
            while (slashed + 1 < ordered.Count && text.AsSpan(End(ordered[slashed]), Math.Max(0, ordered[slashed + 1].Start - End(ordered[slashed]))).Trim() is "/")
                slashed++;
            if (slashed > i)
            {
                Append(sb, text, at, m.Start);
                Place(sb, Names[n++ % Names.Length], ordered[i..(slashed + 1)]);
                at = End(ordered[slashed]);
                i = slashed;
                continue;
            }
            // The run of names joined only by list words: "A, B, the C and D".
            // After a colon, semicolons separate a list's items ("four groups: A; the B; C; and D").
            var afterColon = text.AsSpan(at, m.Start - at).Contains(':');
            var last = i;
            while (last + 1 < ordered.Count && IsListGap(text, ExtendRight(text, End(ordered[last]), ordered[last + 1].Start),
                       ExtendLeft(text, End(ordered[last]), ordered[last + 1].Start), afterColon)
                   && !Pronouns.Contains(text[ordered[last + 1].Start..ordered[last + 1].End].Trim())) last++;
            // A list ends on "and"/"or" ("A, B and C"); names joined by commas alone are appositions ("of A, B, said").
            // After a colon, names to the sentence's end are a list without "and" too ("seven groups: A, B, C.").
            var colonList = last > i && text[at..m.Start].TrimEnd().EndsWith(':')
                && text[ExtendRight(text, End(ordered[last]), sentence.End)..sentence.End].All(c => !char.IsLetterOrDigit(c));
            // Three or more names in a row are a list too, though the sentence runs on before its "and" ("includes A, B,
            // C, the Martyrs of D and E"): appositions do not chain.
            var longRun = last - i >= 2;
            while (last > i && !colonList && !longRun && !ClosesList(text, End(ordered[last - 1]), ordered[last].Start)) last--;
            var start = ExtendLeft(text, at, m.Start);
            var end = ExtendRight(text, End(ordered[last]), last + 1 < ordered.Count ? ordered[last + 1].Start : sentence.End);
            Append(sb, text, at, start);
            if (last == i)
            {
                Place(sb, Agreeing(Names[n++ % Names.Length], text, end), [m]);
            }
            else
            {
                Place(sb, Names[n++ % Names.Length], ordered[i..last]);
                sb.Append(" and ");
                Place(sb, Names[n++ % Names.Length], [ordered[last]]);
            }
            at = end;
            i = last;
        }
        Append(sb, text, at, sentence.End);
        Text = Trim(ParserWords.Rewrite(Tidy(sb.ToString())));
    }

    static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
        { "in", "on", "at", "after", "before", "during", "since", "last", "earlier", "later", "meanwhile", "however", "by", "following", "over", "within", "until", "when", "as", "while", "once" };

    static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
        { "which", "who", "where", "while", "but", "and", "as", "after", "before", "when", "although", "though", "saying", "according", "killing", "leaving", "since", "amid", "despite", "whereas", "so" };

    // ", which …", ", but …", ", according to …": a new clause begins; ", a member of X," does not.
    static bool ClauseFollows(string s, int from)
    {
        var rest = s.AsSpan(from).TrimStart();
        var space = rest.IndexOf(' ');
        var word = (space < 0 ? rest : rest[..space]).ToString();
        return ClauseWords.Contains(word);
    }

    // Parsing time grows fast with length, and the words past the last name's clause, or an opening phrase before
    // the first name ("In July 2021, …"), hold no role a frame could fill with a faction: they are cut.
    string Trim(string s)
    {
        if (_places.Count == 0) return s;
        var first = _places.Min(p => p.Start);
        var last = _places.Max(p => p.End);
        var end = s.Length;
        for (var i = last; i < s.Length; i++)
            if (s[i] is ';' || s[i] == ',' && ClauseFollows(s, i + 1)) { end = i; break; }
        var start = 0;
        var firstWord = s.TrimStart().Split(' ', 2)[0];
        var comma = s.LastIndexOf(',', Math.Max(0, first - 1));
        if (Openers.Contains(firstWord) && comma > 0 && comma < first && !_places.Any(p => p.Start < comma)) start = comma + 1;
        if (start == 0 && end == s.Length) return s;
        var trimmed = s[start..end].TrimEnd() + (end < s.Length ? "." : "");
        for (var k = 0; k < _places.Count; k++) _places[k] = (_places[k].Start - start, _places[k].End - start, _places[k].Mentions);
        return trimmed;
    }

    void Place(StringBuilder sb, string word, List<Mention> mentions)
    {
        // "an al-Qaeda splinter group": the article was chosen for the name's sound; before a placeholder it must be "a",
        // or the parser reads "an Xanar" as no noun phrase at all.
        var n = sb.Length;
        if (n >= 3 && sb[n - 1] == ' ' && sb[n - 2] is 'n' or 'N' && sb[n - 3] is 'a' or 'A' && (n == 3 || !char.IsLetter(sb[n - 4])))
            sb[n - 2] = ' ';
        _places.Add((sb.Length, sb.Length + word.Length, mentions));
        sb.Append(word);
    }

    static bool IsListGap(string text, int from, int to, bool semicolons)
    {
        if (to < from || to - from > 40) return false;
        var gap = text.AsSpan(from, to - from);
        var sawSeparator = false;
        var inParenthesis = false;
        foreach (var part in GapWords(text, from, to))
        {
            // "A (AA), B (KIA) and C": an acronym or gloss in parentheses after a name stays inside the list.
            if (part.StartsWith('(')) inParenthesis = true;
            if (inParenthesis) { inParenthesis = !part.EndsWith(')'); continue; }
            if (!ListWords.Contains(part)) return false;
            if (part is "and" or "or" or "&") sawSeparator = true;
        }
        return sawSeparator || gap.Contains(',') || semicolons && gap.Contains(';');
    }

    static readonly HashSet<string> AliasWords = new(StringComparer.OrdinalIgnoreCase) { "or", "also", "known", "as", "aka", "a.k.a.", "formerly", "called", "the" };

    // Between two names of one faction: only "or", "also known as", "the", commas, dashes, brackets and quotes.
    static bool NamesAgain(string text, int from, int to) =>
        to >= from && to - from <= 24 && text[from..to].Split([' ', ',', '(', ')', '"', '“', '”', '\'', '‘', '’', '—', '–', '-'], StringSplitOptions.RemoveEmptyEntries).All(AliasWords.Contains);

    static readonly HashSet<string> PluralVerbs = new(StringComparer.OrdinalIgnoreCase) { "have", "are", "were", "say", "claim", "deny" };

    // "The Houthis have", "the Security Belt forces are": a single placeholder name reads as singular, and the parser
    // drops it as the subject of a plural verb; before one, the name takes the plural form the dictionary reads as
    // plural ("Xanars").
    static string Agreeing(string name, string text, int from)
    {
        var rest = text.AsSpan(from).TrimStart();
        var space = rest.IndexOfAny(' ', ',', '.');
        var next = (space < 0 ? rest : rest[..space]).ToString();
        return PluralVerbs.Contains(next) ? name + "s" : name;
    }

    static bool GlossesPrevious(string text, int previousEnd, Mention m) =>
        m.Start > previousEnd && text[previousEnd..m.Start].Trim() == "(" && m.End < text.Length && text[m.End] == ')';

    static bool ClosesList(string text, int from, int to) => GapWords(text, from, to).Any(w => w is "and" or "or" or "&");

    static string[] GapWords(string text, int from, int to) => text[from..to].Split([' ', ',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries);

    // "al-" left before the name by the mention finder, or a capitalized word glued to it.
    static int ExtendLeft(string text, int floor, int start)
    {
        var s = start;
        while (true)
        {
            var k = s - 1;
            if (k >= floor && text[k] == '-') k--;
            else if (k >= floor && text[k] == ' ') k--;
            else break;
            var wordEnd = k + 1;
            while (k >= floor && char.IsLetter(text[k])) k--;
            var word = text[(k + 1)..wordEnd];
            var hyphen = wordEnd < text.Length && text[wordEnd] == '-';
            var prefix = hyphen && word.ToLowerInvariant() is "al" or "el" or "as" or "ash" or "ad" or "an" or "ar" or "at" or "az";
            if (word.Length == 0 || !prefix && (!char.IsUpper(word[0]) || NotName.Contains(word) || k < floor || text[k] is '.' or '"' or '“')) break;
            if (!prefix && k >= floor && text[k] != ' ') break;
            s = k + 1;
        }
        return s;
    }

    // "Brigade", "Battalions", "Division" left after the name: capitalized words glued to it.
    static int ExtendRight(string text, int end, int ceiling)
    {
        var e = end;
        // "the U.S." ends with its own period, which must not end the sentence for the parser.
        if (e < ceiling && text[e] == '.' && e >= 2 && char.IsUpper(text[e - 1]) && text[e - 2] == '.') e++;
        while (e < ceiling && text[e] == ' ')
        {
            var k = e + 1;
            while (k < ceiling && (char.IsLetterOrDigit(text[k]) || text[k] == '-')) k++;
            var word = text[(e + 1)..k];
            if (word.Length == 0 || !char.IsUpper(word[0]) || NotName.Contains(word)) break;
            e = k;
        }
        return ExtendHeadNoun(text, e, ceiling);
    }

    static readonly HashSet<string> HeadModifiers = new(StringComparer.Ordinal) { "joint", "operations", "operation", "military", "armed", "rebel", "militant" };
    static readonly HashSet<string> HeadNouns = new(StringComparer.Ordinal)
        { "room", "coalition", "alliance", "group", "militia", "movement", "organisation", "organization", "umbrella", "command" };

    // "the Xanar joint operations room", "the Xanar coalition": a body's own kind after its name is part of how the text
    // names it; left outside the placeholder, the parser reads a noun compound ("Xanar operations room") whose head the
    // frames cannot resolve, or mistakes "room" for a verb.
    static int ExtendHeadNoun(string text, int end, int ceiling)
    {
        var e = end;
        var taken = end;
        while (e < ceiling && text[e] == ' ')
        {
            var k = e + 1;
            while (k < ceiling && char.IsLower(text[k])) k++;
            var word = text[(e + 1)..k];
            if (HeadNouns.Contains(word)) taken = k;
            else if (!HeadModifiers.Contains(word)) break;
            e = k;
        }
        return taken;
    }

    static void Append(StringBuilder sb, string text, int from, int to)
    {
        if (to > from) sb.Append(text, from, to - from);
    }

    // Dashes set off an aside as commas do; quotes and line breaks mean nothing to the parser; a parenthesis
    // without a placeholder in it is an aside the parser need not see. Replacements keep every length, so
    // placeholder offsets stay valid.
    string Tidy(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '—' or '–' => ',',
                '\n' or '\r' or '\t' or '"' or '“' or '”' or '«' or '»' => ' ',
                _ => chars[i],
            };
            if (chars[i] == '-' && i > 0 && chars[i - 1] == ' ' && i + 1 < chars.Length && chars[i + 1] == ' ') chars[i] = ',';
            // "seven groups: A, B and C": a colon before names sets them beside the noun, as an apposition's comma does.
            // "three groups: the A; B; and C": the list's first "the" goes too, or the parser leaves the list unattached.
            if (chars[i] == ':' && _places.FirstOrDefault(p => p.Start > i) is { Mentions: not null } next
                && s.AsSpan(i + 1, next.Start - i - 1).Trim() is var gap && (gap.IsEmpty || gap.Equals("the", StringComparison.OrdinalIgnoreCase)))
            {
                chars[i] = ',';
                for (var k = i + 1; k < next.Start; k++) chars[k] = ' ';
            }
        }
        // ", comprised 16 opposition factions," between a name and its verb: an aside between commas that names no
        // faction holds no role a frame could fill, and long asides are where the parser loses the sentence's spine.
        for (var open = Array.IndexOf(chars, ','); open >= 0; open = Array.IndexOf(chars, ',', open + 1))
        {
            var close = Array.IndexOf(chars, ',', open + 1);
            if (close < 0) break;
            if (open + 1 >= chars.Length || chars[open + 1] != ' ' || close + 1 >= chars.Length || chars[close + 1] != ' ') continue;
            if (_places.Any(p => p.End > open && p.Start < close)) continue;
            var aside = new string(chars, open + 1, close - open - 1).Trim();
            var words = aside.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words[0] is "and" or "or" or "but" || !_places.Any(p => p.End <= open) || !_places.Any(p => p.Start >= close)) continue;
            // Right after a name ("The Xanar, comprised 16 factions, includes") both commas go, joining subject and verb;
            // elsewhere one stays, as it may be all that keeps two clauses apart ("a cell in Syria, on Tuesday, along
            // with targets belonging to X").
            var afterName = _places.Any(p => p.End == open);
            for (var k = afterName ? open : open + 1; k <= close; k++) chars[k] = ' ';
        }
        for (var open = Array.IndexOf(chars, '('); open >= 0; open = Array.IndexOf(chars, '(', open + 1))
        {
            var close = Array.IndexOf(chars, ')', open);
            if (close < 0) break;
            if (_places.Any(p => p.Start > open && p.End <= close)) continue;
            for (var k = open; k <= close; k++) chars[k] = ' ';
        }
        return new string(chars);
    }

    /// <summary>How many distinct factions the placeholders within [start, end) of <see cref="Text"/> stand for.</summary>
    public int FactionsWithin(int start, int end) => Factions(start, end).Count;

    /// <summary>The distinct factions the placeholders within [start, end) of <see cref="Text"/> stand for.</summary>
    public List<string> Factions(int start, int end) =>
        [.. _places.Where(p => p.Start >= start && p.End <= end).SelectMany(p => p.Mentions).Select(m => m.EntityId).Distinct()];

    /// <summary>The mentions a parsed word stands for: the word lies within a placeholder's place.</summary>

    /// <summary>The mentions a parsed word stands for: the word lies within a placeholder's place.</summary>
    public IReadOnlyList<Mention> MentionsAt(int start, int end)
    {
        foreach (var p in _places)
            if (start >= p.Start && end <= p.End && end > start) return p.Mentions;
        return [];
    }
}
