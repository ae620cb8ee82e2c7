using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using FactionGraph.Model;

namespace FactionGraph.Extraction;

/// <summary>
/// How a sentence puts each of its claims. The cue words are data (stance.txt, shipped inside the assembly).
/// DENIED when a reader found the claim negated ("A is not part of B", "A declined to join B"), when a denial scopes
/// over the claim — inside it ("A denied any link to B"), before it in the same clause ("B denies A is part of it",
/// "A rejected reports that it had joined B"), or after it through a word pointing back ("..., a charge the party
/// denies") — or when the sentence calls a claim false ("baseless", "dismissed ... as false").
/// REPORTED when the sentence is attributed ("according to", "reportedly", "activists said", a closing ", the SDF said
/// on Thursday."), or when a reporting verb stands inside the claim ("A said its fighters captured B", "A accused B of
/// storming its positions") or just before it in its clause ("the council stated that A assisted B", "X accused A of
/// backing B"). A claim that is the writer's own description of a faction ("A, affiliated with B", "A, the armed wing
/// of B") stays ASSERTED in an attributed sentence. Else ASSERTED; a group's own announcement ("A announced it had
/// joined B") is asserted.
/// </summary>
internal static class StanceReader
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The cue lists of stance.txt by section.</summary>
    internal static IReadOnlyDictionary<string, List<string>> Lexicon { get; } = LoadLexicon();

    static readonly Regex Denial = Words("denial");
    static readonly Regex Falsity = Words("falsity");
    static readonly Regex Hedge = Words("hedge");
    static readonly Regex Reporting = Words("reporting");

    // "..., a charge the party denies", "dismissed this as false", "which Y denies": a word pointing back, a denial verb.
    static readonly Regex DenialAfter = new(
        $@"\b(?:{Alternatives("denied-thing")})\b(?:\s+[\w'’-]+){{0,5}}?\s+(?:{Alternatives("denial-verb")})\b|\b(?:{Alternatives("denial-verb")})\s+(?:the\s+)?(?!that\b|which\b)(?:{Alternatives("denied-thing")})\b",
        Options);

    // "X fought beside Y, the army said. The group later rejected this as baseless.": a denial verb and a word pointing back, in the sentence
    // after a claim, deny that claim.
    static readonly Regex DenialOfPrevious = new(
        $@"\b(?:{Alternatives("denial-verb")})\s+(?:the\s+|these\s+|those\s+|such\s+)?(?!that\b|which\b)(?:{Alternatives("denied-thing")})\b", Options);

    /// <summary>Whether a sentence denies the claims of the sentence before it ("X dismissed this as false").</summary>
    public static bool DeniesPrevious(string text, TextSpan sentence) => DenialOfPrevious.IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    /// <summary>Whether a sentence puts a claim in someone's mouth ("accused", "said"): then a denial after it denies that claim.</summary>
    public static bool Attributes(string text, TextSpan sentence) => Reporting.IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    static readonly Regex ThirdParty = new(
        $@"\b(?:{Alternatives("speaker")})\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:{Alternatives("speaking")})\b|\b(?:said|say|says|told|stated|added)\s+(?:an?\s+|the\s+)?(?:{Alternatives("speaker")})\b",
        Options);

    // ", the SDF said on Thursday." — the whole sentence is the speaker's. It ends the sentence, so only its last
    // characters are searched (the comma, at most 60 characters of speaker, the verb and a day).
    const int ClosingReach = 120;
    static readonly Regex ClosingAttribution = new(
        @",\s*[^,]{1,60}?\s(?:said|says|told\s+[\w\s]{1,30}?|stated|added|reported)(?:\s+(?:on|in|late|early)\s+\w+)?\s*[.!?]?[""'”’]?\s*$", Options);

    // A clause ends between a cue and a claim after it: "X denied the attack, but A joined B", "...; A joined B".
    static readonly Regex ClauseBreak = new(@"[;:]|\s[—–]\s|,\s*(?:but|while|whereas|although|though|however|yet|and\s+(?:later|then|since))\b|\bbut\b|\bhowever\b", Options);

    // Between a reporting verb and the claim it introduces: "stated that", "accused", "said the".
    static readonly Regex Introduces = new(@"^\s*(?:that\s+)?(?:[\w'’-]+\s+){0,3}?$", Options);

    internal static readonly Regex Until = new(@"^\s*(?:\w+\s+){0,2}?(?:until|till)\b", Options);

    static readonly Regex ThatClause = new(@"^\s*that\b", Options);

    // The words between two names when the second describes the first: ", affiliated with the", " (SBF), the military
    // wing of the", " which is backed by the", "-backed".
    static readonly Regex Description = new(
        $@"^\s*(?:\([^()]{{1,40}}\)\s*)?(?:,\s*|\s+(?:which|that|who)\s+(?:is|are|was|were)\s+|,\s*(?:which|that|who)\s+(?:is|are|was|were)\s+)(?:(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?)?(?:{Alternatives("description")})\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}$|^-(?:backed|linked|affiliated|aligned|allied|supported|sponsored)\s*$",
        Options);

    /// <summary>What in a sentence decides its claims' stance, read once per sentence.</summary>
    public sealed class Cues
    {
        internal List<TextSpan> Denials { get; } = [];
        internal List<TextSpan> DenialsAfter { get; } = [];
        internal List<TextSpan> Reports { get; } = [];
        internal bool False { get; init; }
        internal bool Attributed { get; init; }
    }

    /// <param name="continuation">The rest of the sentence when a line break cut it: its attribution counts too.</param>
    public static Cues OfSentence(string text, TextSpan sentence, TextSpan? continuation = null)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length);
        var cues = new Cues
        {
            False = Falsity.IsMatch(s),
            Attributed = IsAttributed(s) || continuation is { } c && IsAttributed(text.AsSpan(c.Start, c.Length)),
        };
        var quote = sentence.Of(text);
        foreach (Match m in Denial.Matches(quote)) cues.Denials.Add(new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length));
        foreach (Match m in DenialAfter.Matches(quote)) cues.DenialsAfter.Add(new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length));
        foreach (Match m in Reporting.Matches(quote)) cues.Reports.Add(new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length));
        return cues;
    }

    static bool IsAttributed(ReadOnlySpan<char> s) =>
        Hedge.IsMatch(s) || ThirdParty.IsMatch(s) || ClosingAttribution.IsMatch(s[Math.Max(0, s.Length - ClosingReach)..]);

    /// <param name="claim">From the first name of the claim to the last.</param>
    /// <param name="between">The words between the claim's two names, when known: a description there ("A, affiliated
    /// with B") is the writer's own.</param>
    public static Stance Of(string text, TextSpan sentence, TextSpan claim, bool negated, Cues cues, TextSpan? between = null)
    {
        var start = Math.Clamp(claim.Start, sentence.Start, sentence.End);
        var end = Math.Clamp(claim.End, start, sentence.End);
        // "A did not join B until 2016": it did, later.
        if (negated && !Until.IsMatch(text.AsSpan(end, sentence.End - end))) return Stance.Denied;
        if (cues.False) return Stance.Denied;
        foreach (var d in cues.Denials)
        {
            if (d.Start >= start && d.End <= end) return Stance.Denied;
            if (d.End <= start && !ClauseBreak.IsMatch(text.AsSpan(d.End, start - d.End))) return Stance.Denied;
        }
        foreach (var d in cues.DenialsAfter)
            if (d.Start >= end && !ClauseBreak.IsMatch(text.AsSpan(end, d.Start - end))) return Stance.Denied;

        if (between is { } b && b.Start >= start && b.End <= end && Description.IsMatch(text.AsSpan(b.Start, b.Length)))
            return Hedge.IsMatch(text.AsSpan(b.Start, b.Length)) ? Stance.Reported : Stance.Asserted;
        if (cues.Attributed) return Stance.Reported;
        foreach (var r in cues.Reports)
        {
            if (r.Start >= start && r.End <= end) return Stance.Reported;
            if (r.End > start) continue;
            var lead = text.AsSpan(r.End, start - r.End);
            // "stated that A assisted B", "accused A of backing B"; a that-clause reaches to its end: "said that A, B and C assisted D".
            if (Introduces.IsMatch(lead) || ThatClause.IsMatch(lead) && !ClauseBreak.IsMatch(lead)) return Stance.Reported;
        }
        return Stance.Asserted;
    }

    static Regex Words(string section) => new($@"\b(?:{Alternatives(section)})\b", Options | RegexOptions.Compiled);

    // Longest cues first, so that "rejected reports" is tried before a shorter cue it begins with.
    static string Alternatives(string section) =>
        string.Join("|", Lexicon[section].OrderByDescending(c => c.Length).Select(Pattern));

    internal static string Pattern(string cue)
    {
        var sb = new StringBuilder();
        foreach (var word in cue.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "...") { sb.Append(@"(?:\s+[\w'’-]+){0,16}?"); continue; }
            if (sb.Length > 0) sb.Append(@"\s+");
            sb.Append(word.EndsWith('*') ? Regex.Escape(word[..^1]) + @"\w*" : Regex.Escape(word));
        }
        return sb.ToString();
    }

    static Dictionary<string, List<string>> LoadLexicon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FactionGraph.Extraction.stance.txt")
            ?? throw new InvalidDataException("stance.txt is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return ParseLexicon(reader.ReadToEnd());
    }

    /// <summary>Reads stance.txt's format: "[section]" headers, one cue a line, "#" comments.</summary>
    internal static Dictionary<string, List<string>> ParseLexicon(string text)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var name = line[1..^1];
                if (!sections.TryGetValue(name, out current)) sections[name] = current = [];
                continue;
            }
            if (current is null) throw new InvalidDataException($"stance.txt line {i + 1}: a cue before any [section]: {line}");
            current.Add(line);
        }
        return sections;
    }
}
