using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using FactionGraph.Extraction;
using FactionGraph.Gazetteer;
using FactionGraph.Worker.Cli;
using FactionGraph.Worker.Evaluation;
using Spectre.Console.Cli;

namespace FactionGraph.Worker.Verbs;

/// <summary>
/// evaluate CORPUS_DIR [--json] [--errors]. The project's own corpus (NNN.txt beside NNN.gold.json): precision, recall
/// and F1 per relation type and overall, stance and entity accuracy. The shared real-text corpus (ID.json with "text"
/// and "gold"): the figures score.py prints, computed with its rules. A directory holding both gets both reports.
/// On a terminal, a progress bar while it reads and a summary table at the end; piped, the plain report only.
/// </summary>
public sealed class EvaluateVerb : Command<EvaluateVerb.Settings>
{
    public sealed class Settings : GazetteerSettings
    {
        [CommandArgument(0, "<CORPUS_DIR>")]
        [Description("tests/corpus (NNN.txt with NNN.gold.json), or a part of the shared real-text corpus (ID.json with text and gold).")]
        public string Directory { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print the figures as one JSON document.")]
        public bool Json { get; init; }

        [CommandOption("--errors")]
        [Description("List every missed, spurious and trap relation.")]
        public bool Errors { get; init; }
    }

    static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = (VerbConsole)context.Data!;
        var directory = settings.Directory;
        if (!System.IO.Directory.Exists(directory))
        {
            console.Errors.WriteLine("evaluate: give one corpus directory.");
            return 2;
        }
        var terminal = console.TerminalUnless(settings.Json);
        CorpusScore? own = null;
        RealTextScore? realText = null;
        try
        {
            var passages = GoldPassage.LoadDirectory(directory);
            var excerpts = RealTextExcerpt.LoadDirectory(directory);
            if (passages.Count == 0 && excerpts.Count == 0)
            {
                console.Errors.WriteLine($"evaluate: {directory} holds neither NNN.txt with NNN.gold.json nor real-text excerpts (JSON with \"text\" and \"gold\").");
                return 2;
            }
            var extractor = new FactionExtractor(GazetteerFile.Load(GazetteerLocator.Resolve(settings.Gazetteer)));
            // Piped, evaluate has always been silent on stderr: scripts compare its output only.
            VerbProgress.Run(console, terminal, "texts", passages.Count + excerpts.Count, plainLines: false, tracker =>
            {
                if (passages.Count > 0) own = CorpusEvaluator.Evaluate(extractor, passages.Counting(tracker));
                if (excerpts.Count > 0) realText = RealTextEvaluator.Evaluate(extractor, excerpts.Counting(tracker), RealTextEvaluator.PartName(directory));
                return 0;
            });
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException)
        {
            console.Errors.WriteLine($"evaluate: {e.Message}");
            return 2;
        }
        if (settings.Json)
        {
            // One object per format found, so a script reading the output knows which figures it holds.
            object document = (own, realText) switch
            {
                ({ } o, { } r) => new { corpus = o, realText = r },
                ({ } o, null) => o,
                _ => realText!,
            };
            console.Output.WriteLine(JsonSerializer.Serialize(document, Json));
            return 0;
        }
        if (own is not null)
        {
            if (terminal is null) Print(own, console.Output, settings.Errors);
            else EvaluationSummary.Show(terminal, own, settings.Errors);
        }
        if (realText is not null)
        {
            RealTextReport.Print(realText, console.Output, settings.Errors);
            if (terminal is not null) EvaluationSummary.Show(terminal, realText);
        }
        return 0;
    }

    public static void Print(CorpusScore score, TextWriter output, bool showErrors)
    {
        output.WriteLine($"{score.Passages} passages");
        output.WriteLine($"{"type",-16} {"P",6} {"R",6} {"F1",6} {"tp",4} {"fp",4} {"fn",4}");
        foreach (var (type, s) in score.ByType) Row(output, type, s);
        Row(output, "OVERALL", score.Overall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stance accuracy {score.StanceAccuracy:F3} ({score.StanceCorrect}/{score.Overall.TruePositives})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entity-id accuracy {score.EntityAccuracy:F3} ({score.EntitiesResolved}/{score.EntitiesGold})"));
        if (showErrors) foreach (var e in score.Errors) output.WriteLine("  " + e);
    }

    static void Row(TextWriter output, string name, TypeScore s) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {s.Precision,6:F3} {s.Recall,6:F3} {s.F1,6:F3} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4}"));
}
