using System.Globalization;
using System.Text;

namespace FactionGraph.Extraction.Mentions;

/// <summary>
/// A learned tagger that marks the words of armed groups' names (B = first word, I = a later word, O = outside) where no
/// list or name-shape rule knows the name. An averaged perceptron over word shape, common context words and group head
/// words, read left to right with the previous tag as a feature. Read-only once built, so one tagger serves many threads.
/// </summary>
public sealed class NameTagger
{
    internal const int O = 0, B = 1, I = 2, Labels = 3;

    readonly Dictionary<string, float[]> _weights;

    internal NameTagger(Dictionary<string, float[]> weights, HashSet<string> vocabulary)
    {
        _weights = weights;
        Vocabulary = vocabulary;
    }

    /// <summary>The words common enough across articles to be features by themselves; any other word is seen only by its shape.</summary>
    internal HashSet<string> Vocabulary { get; }

    internal int FeatureCount => _weights.Count;

    /// <summary>The tagger trained on the real-text corpus (see docs), shipped with the build; null if the build has none.</summary>
    public static NameTagger? Builtin => LazyBuiltin.Value;

    static readonly Lazy<NameTagger?> LazyBuiltin = new(() =>
    {
        using var stream = typeof(NameTagger).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    });

    const string ResourceName = "FactionGraph.Extraction.Mentions.name-tagger.tsv";

    /// <summary>Tags the tokens [from, to) of one sentence.</summary>
    internal int[] Tag(TaggerInput input, int from, int to)
    {
        var tags = new int[to - from];
        var scores = new float[Labels];
        var features = new List<string>(32);
        for (var i = from; i < to; i++)
        {
            var previous = i == from ? O : tags[i - from - 1];
            features.Clear();
            NameFeatures.Of(input, from, to, i, previous, Vocabulary, features);
            Score(features, scores);
            tags[i - from] = Best(scores, previous);
        }
        return tags;
    }

    internal void Score(List<string> features, float[] scores)
    {
        Array.Clear(scores);
        foreach (var f in features)
            if (_weights.TryGetValue(f, out var w))
                for (var y = 0; y < Labels; y++) scores[y] += w[y];
    }

    // A name never starts inside: I only continues a B or an I.
    internal static int Best(float[] scores, int previous)
    {
        var best = O;
        for (var y = 1; y < Labels; y++)
        {
            if (y == I && previous == O) continue;
            if (scores[y] > scores[best]) best = y;
        }
        return best;
    }

    /// <summary>Writes the vocabulary and the non-zero weights as tab-separated text, one feature a line, sorted (diffs stay small).</summary>
    public void Save(TextWriter writer)
    {
        writer.WriteLine("# FactionGraph name tagger (averaged perceptron). v: vocabulary word; f: feature, weights for O B I.");
        foreach (var v in Vocabulary.Order(StringComparer.Ordinal)) writer.WriteLine($"v\t{v}");
        foreach (var (f, w) in _weights.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteLine(string.Join('\t', new[] { "f", f }.Concat(w.Select(x => x.ToString("0.###", CultureInfo.InvariantCulture)))));
    }

    public static NameTagger Load(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts[0] == "v" && parts.Length == 2) vocabulary.Add(parts[1]);
            else if (parts[0] == "f" && parts.Length == 2 + Labels)
                weights[parts[1]] = [.. parts.Skip(2).Select(p => float.Parse(p, CultureInfo.InvariantCulture))];
            else throw new InvalidDataException($"name tagger: unreadable line '{line}'.");
        }
        return new NameTagger(weights, vocabulary);
    }
}
