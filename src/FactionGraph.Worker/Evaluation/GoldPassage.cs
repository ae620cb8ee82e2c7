using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactionGraph.Worker.Evaluation;

/// <summary>One corpus passage: NNN-slug.txt and its NNN-slug.gold.json annotation.</summary>
public sealed record GoldPassage(string Name, string Text, GoldFile Gold)
{
    static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Every passage of a corpus directory, in file order; a .txt without gold is skipped.</summary>
    public static IReadOnlyList<GoldPassage> LoadDirectory(string directory) =>
        [.. Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal)
            .Where(t => File.Exists(GoldPathOf(t)))
            .Select(t => new GoldPassage(Path.GetFileNameWithoutExtension(t), File.ReadAllText(t),
                JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(GoldPathOf(t)), Options) ?? throw new InvalidDataException($"{t}: empty gold file.")))];

    static string GoldPathOf(string textPath) => Path.ChangeExtension(textPath, ".gold.json");
}

public sealed record GoldFile(
    [property: JsonPropertyName("publishedAt")] string? PublishedAt,
    [property: JsonPropertyName("entities")] IReadOnlyList<GoldEntity> Entities,
    [property: JsonPropertyName("relations")] IReadOnlyList<GoldRelation> Relations);

public sealed record GoldEntity([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("name")] string Name);

public sealed record GoldRelation(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("stance")] string? Stance);
