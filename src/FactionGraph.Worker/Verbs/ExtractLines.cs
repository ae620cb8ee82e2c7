using System.Text.Json.Serialization;

namespace FactionGraph.Worker.Verbs;

// The wire shape of the extract verb's output, one record per JSON object (lowercase names as documented in README).

internal sealed record ErrorLine([property: JsonPropertyName("file")] string File, [property: JsonPropertyName("error")] string Error);

internal sealed record ResultLine(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("entities")] IReadOnlyList<EntityLine> Entities,
    [property: JsonPropertyName("relations")] IReadOnlyList<RelationLine> Relations);

internal sealed record EntityLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases);

internal sealed record RelationLine(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("stance")] string Stance,
    [property: JsonPropertyName("evidence")] EvidenceLine Evidence);

internal sealed record EvidenceLine(
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    // Which rule or frame read it ("frame-join", "member-list"): lets a change be scored rule by rule.
    [property: JsonPropertyName("rule")] string Rule);
