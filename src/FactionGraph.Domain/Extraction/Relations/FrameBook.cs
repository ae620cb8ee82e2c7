using System.Reflection;
using FactionGraph.Model;

namespace FactionGraph.Extraction.Relations;

/// <summary>
/// The relation frames (frames.txt, shipped inside the assembly), indexed by every inflected form of their trigger:
/// a verb's -s, -ed and -ing forms and a noun's plural are generated, irregular forms are written in the file.
/// </summary>
public sealed class FrameBook
{
    readonly Dictionary<string, List<Frame>> _byForm = new(StringComparer.Ordinal);

    public FrameBook(IEnumerable<Frame> frames)
    {
        Frames = [.. frames];
        foreach (var f in Frames)
            foreach (var form in f.IsVerb ? Inflections.OfVerb(f.Lemma, f.Irregular) : f.IsAdjective ? [f.Lemma] : Inflections.OfNoun(f.Lemma))
            {
                if (!_byForm.TryGetValue(form, out var list)) _byForm[form] = list = [];
                list.Add(f);
            }
    }

    public IReadOnlyList<Frame> Frames { get; }

    /// <summary>The frames shipped with FactionGraph.</summary>
    public static FrameBook Default { get; } = Load();

    /// <summary>Whether any word of <paramref name="text"/> is a trigger form: a sentence without one need not be parsed.</summary>
    public bool AnyTrigger(ReadOnlySpan<char> text)
    {
        var lookup = _byForm.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[32];
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            var length = i - start;
            if (length == 0 || length > lower.Length) continue;
            var word = lower[..length];
            text.Slice(start, length).ToLowerInvariant(word);
            if (lookup.ContainsKey(word)) return true;
        }
        return false;
    }

    /// <summary>Frames whose trigger has the lower-cased word form <paramref name="form"/>.</summary>
    public IReadOnlyList<Frame> For(string form) => _byForm.TryGetValue(form, out var list) ? list : [];

    static FrameBook Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FactionGraph.Extraction.Relations.frames.txt")
            ?? throw new InvalidDataException("frames.txt is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads frames in the file's format (see the head of frames.txt); a malformed line is an error that names it.</summary>
    public static FrameBook Parse(string text)
    {
        var frames = new List<Frame>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var bar = line.IndexOf('|');
            var example = bar >= 0 ? line[(bar + 1)..].Trim() : "";
            var fields = (bar >= 0 ? line[..bar] : line).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 5 || fields[1] is not ("v" or "n" or "a") || !WireName.TryParse<RelationType>(fields[2], out var type))
                throw new InvalidDataException($"frames.txt line {i + 1}: expected 'trigger v|n|a RELATION_TYPE source-role target-role | example': {line}");
            var trigger = fields[0];
            var plus = trigger.IndexOf('+');
            var particle = plus >= 0 ? trigger[(plus + 1)..] : null;
            var forms = (plus >= 0 ? trigger[..plus] : trigger).Split('/');
            frames.Add(new Frame(forms[0], particle, fields[1] == "v", type, fields[3], fields[4], example, i + 1) { Irregular = forms[1..], IsAdjective = fields[1] == "a" });
        }
        return new FrameBook(frames);
    }
}
