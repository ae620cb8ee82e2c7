using System.Text;

namespace FactionGraph.Api.Export;

/// <summary>nodes.csv and edges.csv (RFC 4180), for spreadsheets and Gephi's or yEd's table import.</summary>
public static class CsvExports
{
    public static Task WriteNodesAsync(Stream output, ExportGraph graph, CancellationToken ct) =>
        WriteAsync(output, ["id", .. ExportColumns.Node.Select(c => c.Name)],
            graph.Nodes.Select(n => (IEnumerable<string?>)[n.Faction.Id, .. ExportColumns.Node.Select(c => ExportColumns.Text(c.Value(n)))]), ct);

    public static Task WriteEdgesAsync(Stream output, ExportGraph graph, CancellationToken ct) =>
        WriteAsync(output, ["id", "source", "target", .. ExportColumns.Edge.Select(c => c.Name)],
            graph.Edges.Select(e => (IEnumerable<string?>)[e.Relation.Id, e.Relation.Source, e.Relation.Target, .. ExportColumns.Edge.Select(c => ExportColumns.Text(c.Value(e)))]), ct);

    static async Task WriteAsync(Stream output, IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(Line(header));
        foreach (var row in rows) await writer.WriteAsync(Line(row).AsMemory(), ct);
    }

    static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        // A name from an article that starts like a formula must not run as one when the file is opened in a spreadsheet (CSV injection).
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
