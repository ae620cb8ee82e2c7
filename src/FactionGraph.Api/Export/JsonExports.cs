using System.Text.Json;

namespace FactionGraph.Api.Export;

/// <summary>Cytoscape.js elements JSON and graphology's serialized graph (what sigma.js draws), both written as a stream.</summary>
public static class JsonExports
{
    /// <summary><c>{ "elements": { "nodes": [{ "data": … }], "edges": [{ "data": … }] } }</c>: what <c>cytoscape({ elements })</c> takes.</summary>
    public static async Task WriteCytoscapeAsync(Stream output, ExportGraph graph, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteBoolean("truncated", graph.Truncated);
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", node.Faction.Id);
            WriteColumns(json, ExportColumns.Node, node);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", edge.Relation.Id);
            json.WriteString("source", edge.Relation.Source);
            json.WriteString("target", edge.Relation.Target);
            WriteColumns(json, ExportColumns.Edge, edge);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    /// <summary>
    /// graphology's serialization format (<c>graph.import(…)</c>): a directed multigraph, since two factions can be tied
    /// by several relation types. Nodes get <c>label</c>, <c>size</c> and a position on a circle, because sigma.js draws
    /// nothing without x and y; a front end runs its own layout over it.
    /// </summary>
    public static async Task WriteGraphologyAsync(Stream output, ExportGraph graph, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteStartObject("options");
        json.WriteString("type", "directed");
        json.WriteBoolean("multi", true);
        json.WriteBoolean("allowSelfLoops", true);
        json.WriteEndObject();
        json.WriteStartObject("attributes");
        json.WriteBoolean("truncated", graph.Truncated);
        json.WriteEndObject();
        json.WriteStartArray("nodes");
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            var node = graph.Nodes[i];
            var angle = 2 * Math.PI * i / graph.Nodes.Count;
            json.WriteStartObject();
            json.WriteString("key", node.Faction.Id);
            json.WriteStartObject("attributes");
            json.WriteString("label", node.Faction.Name);
            json.WriteNumber("x", Math.Round(Math.Cos(angle) * 100, 3));
            json.WriteNumber("y", Math.Round(Math.Sin(angle) * 100, 3));
            json.WriteNumber("size", 4 + Math.Sqrt(node.Degree));
            WriteColumns(json, ExportColumns.Node, node);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            json.WriteStartObject();
            json.WriteString("key", edge.Relation.Id);
            json.WriteString("source", edge.Relation.Source);
            json.WriteString("target", edge.Relation.Target);
            json.WriteStartObject("attributes");
            json.WriteString("label", FactionGraph.Model.WireName.Of(edge.Relation.Type));
            WriteColumns(json, ExportColumns.Edge, edge);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    static void WriteColumns<T>(Utf8JsonWriter json, IReadOnlyList<Column<T>> columns, T item)
    {
        foreach (var column in columns)
        {
            switch (column.Value(item))
            {
                case null: json.WriteNull(column.Name); break;
                case int n: json.WriteNumber(column.Name, n); break;
                case double d: json.WriteNumber(column.Name, d); break;
                case var value: json.WriteString(column.Name, ExportColumns.Text(value)); break;
            }
        }
    }
}
