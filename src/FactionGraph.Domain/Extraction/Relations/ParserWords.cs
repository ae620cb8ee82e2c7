using System.Reflection;
using System.Text.RegularExpressions;

namespace FactionGraph.Extraction.Relations;

/// <summary>
/// Phrases real reporting uses that the parser's dictionary lacks ("comprised of"), rewritten to a phrase it reads the
/// same way ("composed of"). The list is data: parser-words.txt, shipped inside the assembly. A replacement is padded to
/// the phrase's length, so the offsets of placeholders in the sentence stay valid.
/// </summary>
internal static class ParserWords
{
    static readonly (Regex Phrase, string Replacement)[] Rewrites = Load();

    // Every phrase in one pattern: asked of each sentence that holds two factions but no trigger word, so one scan.
    static readonly Regex AnyRewrite = new(string.Join("|", Rewrites.Select(r => "(?:" + r.Phrase + ")")),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static string Rewrite(string sentence)
    {
        foreach (var (phrase, replacement) in Rewrites)
            sentence = phrase.Replace(sentence, m => replacement.PadRight(m.Length));
        return sentence;
    }

    /// <summary>Whether a sentence holds a phrase that is rewritten: an idiom may be all that states its relation.</summary>
    public static bool AnyPhrase(ReadOnlySpan<char> sentence) => AnyRewrite.IsMatch(sentence);

    static (Regex, string)[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FactionGraph.Extraction.Relations.parser-words.txt")
            ?? throw new InvalidDataException("parser-words.txt is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        var rewrites = new List<(Regex, string)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length > parts[0].Length || parts[1].Length == 0)
                throw new InvalidDataException($"parser-words.txt line {lineNumber}: expected 'phrase => no longer replacement': {line}");
            var pattern = @"\b" + string.Join(@"\s+", parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"\b";
            rewrites.Add((new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), parts[1]));
        }
        return [.. rewrites];
    }
}
