using System.ComponentModel;
using System.Text;
using System.Text.Json;
using FactionGraph.Extraction;
using FactionGraph.Gazetteer;
using FactionGraph.Model;
using FactionGraph.Worker.Cli;
using Spectre.Console.Cli;

namespace FactionGraph.Worker.Verbs;

/// <summary>
/// extract FILE...: one JSON line per file with the factions and relations read from it, or an error line
/// for a file that cannot be read; the other files still run. Exit code 1 if any file failed.
/// </summary>
public sealed class ExtractVerb : Command<ExtractVerb.Settings>
{
    public sealed class Settings : GazetteerSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Plain-text articles (UTF-8).")]
        public string[] Files { get; init; } = [];

        [CommandOption("--tagger <PATH>")]
        [Description("A name tagger's weights file instead of the built-in one, or \"none\" for lists and rules only.")]
        public string? Tagger { get; init; }
    }

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = (VerbConsole)context.Data!;
        FactionExtractor extractor;
        try
        {
            extractor = new FactionExtractor(GazetteerFile.Load(GazetteerLocator.Resolve(settings.Gazetteer)), TrainTaggerVerb.TaggerFor(settings.Tagger));
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or JsonException or UnauthorizedAccessException)
        {
            console.Errors.WriteLine($"extract: {e.Message}");
            return 2;
        }
        var failed = false;
        foreach (var file in settings.Files)
        {
            var line = ExtractFile(extractor, file, out var ok);
            failed |= !ok;
            console.Output.WriteLine(JsonSerializer.Serialize(line, Json));
        }
        return failed ? 1 : 0;
    }

    static object ExtractFile(FactionExtractor extractor, string file, out bool ok)
    {
        ok = false;
        string text;
        try { text = StrictUtf8.GetString(File.ReadAllBytes(file)).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException) { return new ErrorLine(file, "not valid UTF-8"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return new ErrorLine(file, e is FileNotFoundException ? "file not found" : e.Message); }
        if (string.IsNullOrWhiteSpace(text)) return new ErrorLine(file, "empty file");
        var extraction = extractor.Extract(text, ArticleId.FromText(text), null);
        ok = true;
        return new ResultLine(file,
            [.. extraction.Entities.Select(f => new EntityLine(f.Id, f.Name, WireName.Of(f.Kind), f.Aliases))],
            [.. extraction.Relations.Select(r => new RelationLine(WireName.Of(r.Type), r.Source, r.Target, r.Evidence.Confidence,
                WireName.Of(r.Evidence.Stance), new EvidenceLine(r.Evidence.Quote, r.Evidence.Start, r.Evidence.End, r.Evidence.Rule)))]);
    }
}
