using System.Globalization;
using System.Text.Json;
using FactionGraph.Extraction;
using FactionGraph.Gazetteer;
using FactionGraph.Worker.Evaluation;

namespace FactionGraph.Worker.Verbs;

/// <summary>
/// evaluate CORPUS_DIR [--json] [--errors]. The project's own corpus (NNN.txt beside NNN.gold.json): precision, recall
/// and F1 per relation type and overall, stance and entity accuracy. The shared real-text corpus (ID.json with "text"
/// and "gold"): the figures score.py prints, computed with its rules. A directory holding both gets both reports.
/// </summary>
public static class EvaluateVerb
{
    static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        var showErrors = args.Contains("--errors");
        var options = VerbOptions.Parse([.. args.Where(a => a != "--errors")]);
        if (options.Positional.Count != 1 || !Directory.Exists(options.Positional[0]))
        {
            errors.WriteLine("evaluate: give one corpus directory.");
            return 2;
        }
        var directory = options.Positional[0];
        CorpusScore? own = null;
        RealTextScore? realText = null;
        try
        {
            var passages = GoldPassage.LoadDirectory(directory);
            var excerpts = RealTextExcerpt.LoadDirectory(directory);
            if (passages.Count == 0 && excerpts.Count == 0)
            {
                errors.WriteLine($"evaluate: {directory} holds neither NNN.txt with NNN.gold.json nor real-text excerpts (JSON with \"text\" and \"gold\").");
                return 2;
            }
            var extractor = new FactionExtractor(GazetteerFile.Load(GazetteerLocator.Resolve(options.Gazetteer)));
            if (passages.Count > 0) own = CorpusEvaluator.Evaluate(extractor, passages);
            if (excerpts.Count > 0) realText = RealTextEvaluator.Evaluate(extractor, excerpts, RealTextEvaluator.PartName(directory));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException)
        {
            errors.WriteLine($"evaluate: {e.Message}");
            return 2;
        }
        if (options.Json)
        {
            // One object per format found, so a script reading the output knows which figures it holds.
            object document = (own, realText) switch
            {
                ({ } o, { } r) => new { corpus = o, realText = r },
                ({ } o, null) => o,
                _ => realText!,
            };
            output.WriteLine(JsonSerializer.Serialize(document, Json));
            return 0;
        }
        if (own is not null) Print(own, output, showErrors);
        if (realText is not null) RealTextReport.Print(realText, output, showErrors);
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
