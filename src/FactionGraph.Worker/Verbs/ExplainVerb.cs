using System.ComponentModel;
using FactionGraph.Extraction;
using FactionGraph.Extraction.Syntax;
using FactionGraph.Gazetteer;
using FactionGraph.Worker.Cli;
using Spectre.Console.Cli;

namespace FactionGraph.Worker.Verbs;

/// <summary>
/// explain FILE | explain --text "SENTENCE": shows how extraction reads a text — each sentence that holds two factions
/// as the parser saw it (names replaced by placeholders), its links, and the relations the frames read from it.
/// For whoever adds a frame to frames.txt and wants to see why a sentence yields what it yields.
/// </summary>
public sealed class ExplainVerb : Command<ExplainVerb.Settings>
{
    public sealed class Settings : GazetteerSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A plain-text article to explain.")]
        public string? File { get; init; }

        [CommandOption("--text <SENTENCE>")]
        [Description("A text given on the command line instead of a file.")]
        public string? Text { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = (VerbConsole)context.Data!;
        string text;
        if (settings.Text is not null) text = settings.Text;
        else if (settings.File is not null && System.IO.File.Exists(settings.File)) text = System.IO.File.ReadAllText(settings.File);
        else { console.Errors.WriteLine("explain: give one FILE or --text \"SENTENCE\"."); return 2; }
        var extractor = new FactionExtractor(GazetteerFile.Load(GazetteerLocator.Resolve(settings.Gazetteer)));
        if (!extractor.ReadsStructure) console.Errors.WriteLine($"explain: sentence structure is not read: {LinkParser.Unavailable}");
        extractor.Trace = console.Output;
        var result = extractor.Extract(text, "explain", null);
        extractor.Trace = null;
        console.Output.WriteLine();
        foreach (var r in result.Relations)
            console.Output.WriteLine($"{r.Type,-16} {r.Source} → {r.Target}  [{r.Evidence.Rule}, {r.Evidence.Stance}]");
        return 0;
    }
}
