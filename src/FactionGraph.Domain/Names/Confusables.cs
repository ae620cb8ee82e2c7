namespace FactionGraph.Names;

/// <summary>
/// Letters of other scripts that look like Latin ones (Cyrillic а, Greek ο, …), from confusables.tsv: the part of
/// Unicode's confusable skeleton (UTS #39) that matters for names written in Latin.
/// </summary>
internal static class Confusables
{
    static readonly Dictionary<char, char> Map = Load();

    public static char Fold(char c) => c < 0x250 ? c : Map.GetValueOrDefault(c, c);

    static Dictionary<char, char> Load()
    {
        using var stream = typeof(Confusables).Assembly.GetManifestResourceStream("FactionGraph.Names.confusables.tsv")
            ?? throw new InvalidOperationException("confusables.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            map[fields[0][0]] = fields[1][0];
        }
        return map;
    }
}
