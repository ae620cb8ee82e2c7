using System.Text.Json;

namespace FactionGraph.Storage.Neo4j;

/// <summary>The answer to one statement: its rows (values by column) and the counters Neo4j reports.</summary>
public sealed class CypherResult(IReadOnlyList<string> columns, IReadOnlyList<JsonElement[]> rows, JsonElement? stats)
{
    public IReadOnlyList<string> Columns { get; } = columns;

    public IReadOnlyList<JsonElement[]> Rows { get; } = rows;

    /// <summary>A counter from Neo4j's stats, e.g. nodes_created; 0 when absent.</summary>
    public int Stat(string name) =>
        stats is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
}
