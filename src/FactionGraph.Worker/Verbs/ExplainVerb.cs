using FactionGraph.Extraction;
using FactionGraph.Gazetteer;
using FactionGraph.Extraction.Syntax;

namespace FactionGraph.Worker.Verbs;

/// <summary>
/// explain FILE | explain --text "SENTENCE": shows how extraction reads a text — each sentence that holds two factions
/// as the parser saw it (names replaced by placeholders), its links, and the relations the frames read from it.
/// For whoever adds a frame to frames.txt and wants to see why a sentence yields what it yields.
/// </summary>
public static class ExplainVerb
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        var textAt = args.ToList().IndexOf("--text");
        var rest = textAt >= 0 ? args.Where((_, i) => i != textAt && i != textAt + 1).ToList() : [.. args];
        var options = VerbOptions.Parse(rest);
        string text;
        if (textAt >= 0 && textAt + 1 < args.Count) text = args[textAt + 1];
        else if (options.Positional.Count == 1 && File.Exists(options.Positional[0])) text = File.ReadAllText(options.Positional[0]);
        else { errors.WriteLine("explain: give one FILE or --text \"SENTENCE\"."); return 2; }
        var extractor = new FactionExtractor(GazetteerFile.Load(GazetteerLocator.Resolve(options.Gazetteer)));
        if (!extractor.ReadsStructure) errors.WriteLine($"explain: sentence structure is not read: {LinkParser.Unavailable}");
        extractor.Trace = output;
        var result = extractor.Extract(text, "explain", null);
        extractor.Trace = null;
        output.WriteLine();
        foreach (var r in result.Relations)
            output.WriteLine($"{r.Type,-16} {r.Source} → {r.Target}  [{r.Evidence.Rule}, {r.Evidence.Stance}]");
        return 0;
    }
}
