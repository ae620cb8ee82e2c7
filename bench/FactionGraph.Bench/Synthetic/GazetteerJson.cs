using System.Text.Encodings.Web;
using System.Text.Json;
using FactionGraph.Gazetteer;
using FactionGraph.Model;

namespace FactionGraph.Bench.Synthetic;

/// <summary>Writes a gazetteer in graph-seed/gazetteer.json's format, so the synthetic one can be read back like the real one.</summary>
static class GazetteerJson
{
    public static void Write(string path, IEnumerable<GazetteerEntry> entries)
    {
        var document = new
        {
            factions = entries.Select(e => new { id = e.Id, name = e.Name, kind = WireName.Of(e.Kind), aliases = e.Aliases, translations = e.Translations, arabic = e.Arabic }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
