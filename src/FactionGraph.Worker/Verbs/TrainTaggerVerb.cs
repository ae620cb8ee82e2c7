using System.ComponentModel;
using System.Text.Json;
using FactionGraph.Extraction.Mentions;
using FactionGraph.Gazetteer;
using FactionGraph.Worker.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FactionGraph.Worker.Verbs;

/// <summary>
/// train-tagger --out FILE CORPUS_DIR: trains the name tagger on a real-text corpus part (one JSON file per excerpt, with
/// gold.groups[].aliases_in_text) and writes its weights. --half 0|1 trains on every other excerpt only (sorted by file
/// name), so the other half can measure what the tagger does on articles it never saw.
/// </summary>
public sealed class TrainTaggerVerb : Command<TrainTaggerVerb.Settings>
{
    public sealed class Settings : GazetteerSettings
    {
        [CommandArgument(0, "<CORPUS_DIR>")]
        [Description("A part of the real-text corpus: one JSON file per excerpt, with gold.groups[].aliases_in_text.")]
        public string Directory { get; init; } = "";

        [CommandOption("--out <FILE>", isRequired: true)]
        [Description("Where to write the weights.")]
        public string Out { get; init; } = "";

        [CommandOption("--half <0|1>")]
        [Description("Train on every other excerpt only (by sorted file name), so the other half measures the tagger on articles it never saw.")]
        public int? Half { get; init; }
    }

    public override ValidationResult Validate(CommandContext context, Settings settings) =>
        settings.Half is null or 0 or 1 ? ValidationResult.Success() : ValidationResult.Error("--half must be 0 or 1.");

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = (VerbConsole)context.Data!;
        try
        {
            var files = System.IO.Directory.GetFiles(settings.Directory, "*.json").Order(StringComparer.Ordinal).ToList();
            var articles = files.Where((_, k) => settings.Half is null || k % 2 == settings.Half).Select(Read).OfType<TaggedArticle>().ToList();
            var tagger = NameTaggerTraining.Train(GazetteerFile.Load(GazetteerLocator.Resolve(settings.Gazetteer)), articles);
            using (var writer = new StreamWriter(settings.Out)) tagger.Save(writer);
            console.Output.WriteLine($"train-tagger: {articles.Count} articles, weights written to {settings.Out}");
            return 0;
        }
        catch (Exception e) when (e is IOException or ArgumentException or JsonException or UnauthorizedAccessException or InvalidDataException)
        {
            console.Errors.WriteLine($"train-tagger: {e.Message}");
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
