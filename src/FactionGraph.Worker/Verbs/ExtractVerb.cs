using System.Text;
using System.Text.Json;
using FactionGraph.Extraction;
using FactionGraph.Gazetteer;
using FactionGraph.Model;

namespace FactionGraph.Worker.Verbs;

/// <summary>
/// extract FILE...: one JSON line per file with the factions and relations read from it, or an error line
/// for a file that cannot be read; the other files still run. Exit code 1 if any file failed.
/// </summary>
public static class ExtractVerb
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        VerbOptions options;
        FactionExtractor extractor;
        try
        {
            options = VerbOptions.Parse(args);
            extractor = new FactionExtractor(GazetteerFile.Load(GazetteerLocator.Resolve(options.Gazetteer)), TrainTaggerVerb.TaggerFor(options.Tagger));
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or JsonException or UnauthorizedAccessException)
        {
            errors.WriteLine($"extract: {e.Message}");
            return 2;
        }
        if (options.Positional.Count == 0) { errors.WriteLine("extract: no files given."); return 2; }
        var failed = false;
        foreach (var file in options.Positional)
        {
            var line = ExtractFile(extractor, file, out var ok);
            failed |= !ok;
            output.WriteLine(JsonSerializer.Serialize(line, Json));
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
