using System.Text.Json;
using System.Text.Json.Serialization;
using FactionGraph.Model;

namespace FactionGraph.Gazetteer;

/// <summary>Reads graph-seed/gazetteer.json: {"factions": [{"id","name","kind","aliases","translations","arabic"}]}.</summary>
public static class GazetteerFile
{
    sealed record Document(List<Row> Factions);

    sealed record Row(string Id, string Name, string Kind, List<string>? Aliases, List<string>? Translations, List<string>? Arabic);

    static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<GazetteerEntry> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var document = JsonSerializer.Deserialize<Document>(stream, Options)
            ?? throw new InvalidDataException($"{path}: empty gazetteer.");
        return [.. document.Factions.Select(r => new GazetteerEntry(
            r.Id, r.Name,
            WireName.TryParse<FactionKind>(r.Kind, out var kind) ? kind : throw new InvalidDataException($"{path}: faction '{r.Id}' has unknown kind '{r.Kind}'."),
            r.Aliases ?? [], r.Translations ?? [], r.Arabic ?? []))];
    }
}
