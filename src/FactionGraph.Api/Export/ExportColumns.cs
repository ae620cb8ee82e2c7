using FactionGraph.Model;
using FactionGraph.Storage;

namespace FactionGraph.Api.Export;

public enum ColumnType { String, Integer, Double }

/// <summary>One attribute of a node or an edge, with its type (GraphML keys and GEXF attributes are typed).</summary>
public sealed record Column<T>(string Name, ColumnType Type, Func<T, object?> Value);

/// <summary>
/// The attributes every export carries, in one list per element, so the JSON, GEXF, GraphML and CSV files
/// cannot drift apart: a drawing needs name, kind, relation type, stance counts, article and outlet counts, since, until.
/// </summary>
public static class ExportColumns
{
    public static IReadOnlyList<Column<GraphNode>> Node { get; } =
    [
        new("name", ColumnType.String, n => n.Faction.Name),
        new("kind", ColumnType.String, n => WireName.Of(n.Faction.Kind)),
        // Aliases in one field, so CSV and GraphML (which have no lists) carry them too.
        new("aliases", ColumnType.String, n => string.Join(" | ", n.Faction.Aliases)),
        new("degree", ColumnType.Integer, n => n.Degree),
        new("firstSeen", ColumnType.String, n => n.Faction.FirstSeen),
        new("lastSeen", ColumnType.String, n => n.Faction.LastSeen),
    ];

    public static IReadOnlyList<Column<ExportEdge>> Edge { get; } =
    [
        new("relation", ColumnType.String, e => WireName.Of(e.Relation.Type)),
        new("since", ColumnType.String, e => e.Relation.Since),
        new("until", ColumnType.String, e => e.Relation.Until),
        new("confidence", ColumnType.Double, e => e.Relation.Confidence),
        new("asserted", ColumnType.Integer, e => e.Support.Asserted),
        new("reported", ColumnType.Integer, e => e.Support.Reported),
        new("denied", ColumnType.Integer, e => e.Support.Denied),
        new("articles", ColumnType.Integer, e => e.Support.Articles),
        new("outlets", ColumnType.Integer, e => e.Support.Outlets),
    ];

    /// <summary>A value as text for XML and CSV, invariant culture (a date stays YYYY-MM-DD, a double uses '.').</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
