using System.Text.Json;

namespace FactionGraph.Storage.Neo4j;

/// <summary>Reading the JSON values of result rows; a missing property arrives as JSON null.</summary>
static class Neo4jValues
{
    public static string String(JsonElement v) => v.GetString() ?? "";

    public static string? NullableString(JsonElement v) => v.ValueKind == JsonValueKind.Null ? null : v.GetString();

    public static int Int(JsonElement v) => v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;

    public static double Double(JsonElement v) => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;

    public static IReadOnlyList<string> Strings(JsonElement v) =>
        v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(x => x.GetString() ?? "")] : [];

    /// <summary>A row as a parameter map; explicit dictionaries keep property names exactly as Cypher reads them.</summary>
    public static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}
