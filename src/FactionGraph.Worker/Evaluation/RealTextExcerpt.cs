using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactionGraph.Worker.Evaluation;

/// <summary>
/// One excerpt of the shared real-text corpus: ID.json holding the text and its gold (groups with the spellings the
/// text uses, relations with a stance, optional ones, and hard negatives). The format is the corpus's README's.
/// </summary>
public sealed record RealTextExcerpt(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("conflict")] string? Conflict,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("gold")] RealTextGold Gold)
{
    static readonly JsonSerializerOptions Options = new();

    /// <summary>
    /// Every excerpt of a directory, in file-name order. A JSON file is an excerpt when it has both "gold" and "text";
    /// anything else there (canonical-names.json, the project's own *.gold.json) is not this format and is left alone.
    /// </summary>
    public static IReadOnlyList<RealTextExcerpt> LoadDirectory(string directory)
    {
        var excerpts = new List<RealTextExcerpt>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("gold", out _) || !root.TryGetProperty("text", out _)) continue;
            excerpts.Add(root.Deserialize<RealTextExcerpt>(Options) ?? throw new InvalidDataException($"{file}: empty excerpt."));
        }
        return excerpts;
    }
}

public sealed record RealTextGold(
    [property: JsonPropertyName("groups")] IReadOnlyList<RealTextGroup> Groups,
    [property: JsonPropertyName("relations")] IReadOnlyList<RealTextRelation> Relations,
    [property: JsonPropertyName("non_relations")] IReadOnlyList<RealTextRelation>? NonRelations);

public sealed record RealTextGroup(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases_in_text")] IReadOnlyList<string>? AliasesInText,
    [property: JsonPropertyName("kind")] string? Kind);

public sealed record RealTextRelation(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("stance")] string? Stance,
    [property: JsonPropertyName("optional")] bool? Optional)
{
    // A stance left out is an assertion, as score.py reads it.
    public bool Denied => Stance == "DENIED";

    public bool IsOptional => Optional == true;
}
