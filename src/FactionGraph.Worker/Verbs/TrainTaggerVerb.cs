using System.Text.Json;
using FactionGraph.Extraction.Mentions;
using FactionGraph.Gazetteer;

namespace FactionGraph.Worker.Verbs;

/// <summary>
/// train-tagger --out FILE CORPUS_DIR: trains the name tagger on a real-text corpus part (one JSON file per excerpt, with
/// gold.groups[].aliases_in_text) and writes its weights. --half 0|1 trains on every other excerpt only (sorted by file
/// name), so the other half can measure what the tagger does on articles it never saw.
/// </summary>
public static class TrainTaggerVerb
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        try
        {
            string? outPath = null;
            int? half = null;
            var rest = new List<string>();
            for (var i = 0; i < args.Count; i++)
            {
                if (args[i] == "--out" && i + 1 < args.Count) outPath = args[++i];
                else if (args[i] == "--half" && i + 1 < args.Count && args[i + 1] is "0" or "1") half = args[++i] == "1" ? 1 : 0;
                else rest.Add(args[i]);
            }
            var options = VerbOptions.Parse(rest);
            if (outPath is null || options.Positional.Count != 1) { errors.WriteLine("train-tagger: usage: train-tagger [--gazetteer PATH] [--half 0|1] --out FILE CORPUS_DIR"); return 2; }
            var files = Directory.GetFiles(options.Positional[0], "*.json").Order(StringComparer.Ordinal).ToList();
            var articles = files.Where((_, k) => half is null || k % 2 == half).Select(Read).OfType<TaggedArticle>().ToList();
            var tagger = NameTaggerTraining.Train(GazetteerFile.Load(GazetteerLocator.Resolve(options.Gazetteer)), articles);
            using (var writer = new StreamWriter(outPath)) tagger.Save(writer);
            output.WriteLine($"train-tagger: {articles.Count} articles, weights written to {outPath}");
            return 0;
        }
        catch (Exception e) when (e is IOException or ArgumentException or JsonException or UnauthorizedAccessException or InvalidDataException)
        {
            errors.WriteLine($"train-tagger: {e.Message}");
            return 2;
        }
    }

    /// <summary>The tagger an --tagger option asks for: a weights file, none at all ("none"), or the built-in one (no option).</summary>
    public static NameTagger? TaggerFor(string? option)
    {
        if (option is null) return NameTagger.Builtin;
        if (option == "none") return null;
        using var stream = File.OpenRead(option);
        return NameTagger.Load(stream);
    }

    // An excerpt without gold annotations teaches nothing and is skipped.
    static TaggedArticle? Read(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        var root = doc.RootElement;
        if (!root.TryGetProperty("text", out var text) || !root.TryGetProperty("gold", out var gold) || !gold.TryGetProperty("groups", out var groups)) return null;
        var names = new List<string>();
        foreach (var g in groups.EnumerateArray())
            if (g.TryGetProperty("aliases_in_text", out var aliases))
                names.AddRange(aliases.EnumerateArray().Select(a => a.GetString()).OfType<string>());
        return new TaggedArticle(text.GetString() ?? "", names);
    }
}
