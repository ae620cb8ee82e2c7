using System.Text;
using System.Xml;

namespace FactionGraph.Api.Export;

/// <summary>GEXF 1.3 (Gephi; edges carry their since/until as spells, so the timeline plays them) and GraphML with typed keys (yEd, networkx, igraph).</summary>
public static class XmlExports
{
    const string GexfNamespace = "http://gexf.net/1.3";
    const string GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns";

    public static async Task WriteGexfAsync(Stream output, ExportGraph graph, CancellationToken ct)
    {
        await using var xml = XmlWriter.Create(output, Settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("gexf", GexfNamespace);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", GexfNamespace);
        xml.WriteElementString("creator", GexfNamespace, "FactionGraph");
        xml.WriteElementString("description", GexfNamespace, graph.Truncated ? "Alliances and their evidence (truncated: a limit cut nodes off)." : "Alliances and their evidence.");
        xml.WriteEndElement();
        xml.WriteStartElement("graph", GexfNamespace);
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("timeformat", "date");
        xml.WriteAttributeString("timerepresentation", "interval");
        WriteGexfAttributes(xml, "node", ExportColumns.Node);
        WriteGexfAttributes(xml, "edge", ExportColumns.Edge);
        xml.WriteStartElement("nodes", GexfNamespace);
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", GexfNamespace);
            xml.WriteAttributeString("id", node.Faction.Id);
            xml.WriteAttributeString("label", Clean(node.Faction.Name));
            WriteGexfValues(xml, ExportColumns.Node, node);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("edges", GexfNamespace);
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", GexfNamespace);
            xml.WriteAttributeString("id", edge.Relation.Id);
            xml.WriteAttributeString("source", edge.Relation.Source);
            xml.WriteAttributeString("target", edge.Relation.Target);
            xml.WriteAttributeString("label", Model.WireName.Of(edge.Relation.Type));
            xml.WriteAttributeString("weight", ExportColumns.Text(Math.Max(1, edge.Support.Articles)));
            WriteGexfValues(xml, ExportColumns.Edge, edge);
            // An edge without a start date has always been there as far as the evidence says: no spell, present throughout.
            if (edge.Relation.Since is not null || edge.Relation.Until is not null)
            {
                xml.WriteStartElement("spells", GexfNamespace);
                xml.WriteStartElement("spell", GexfNamespace);
                if (edge.Relation.Since is { } since) xml.WriteAttributeString("start", since);
                if (edge.Relation.Until is { } until) xml.WriteAttributeString("end", until);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    public static async Task WriteGraphMLAsync(Stream output, ExportGraph graph, CancellationToken ct)
    {
        await using var xml = XmlWriter.Create(output, Settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("graphml", GraphMLNamespace);
        WriteGraphMLKeys(xml, "node", "n", ExportColumns.Node);
        WriteGraphMLKeys(xml, "edge", "e", ExportColumns.Edge);
        xml.WriteStartElement("graph", GraphMLNamespace);
        xml.WriteAttributeString("id", "factiongraph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", GraphMLNamespace);
            xml.WriteAttributeString("id", node.Faction.Id);
            WriteGraphMLData(xml, "n", ExportColumns.Node, node);
            xml.WriteEndElement();
        }
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", GraphMLNamespace);
            xml.WriteAttributeString("id", edge.Relation.Id);
            xml.WriteAttributeString("source", edge.Relation.Source);
            xml.WriteAttributeString("target", edge.Relation.Target);
            WriteGraphMLData(xml, "e", ExportColumns.Edge, edge);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new UTF8Encoding(false), Indent = true };

    static void WriteGexfAttributes<T>(XmlWriter xml, string @class, IReadOnlyList<Column<T>> columns)
    {
        xml.WriteStartElement("attributes", GexfNamespace);
        xml.WriteAttributeString("class", @class);
        xml.WriteAttributeString("mode", "static");
        foreach (var column in columns)
        {
            xml.WriteStartElement("attribute", GexfNamespace);
            xml.WriteAttributeString("id", column.Name);
            xml.WriteAttributeString("title", column.Name);
            xml.WriteAttributeString("type", column.Type switch { ColumnType.Integer => "integer", ColumnType.Double => "double", _ => "string" });
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    static void WriteGexfValues<T>(XmlWriter xml, IReadOnlyList<Column<T>> columns, T item)
    {
        xml.WriteStartElement("attvalues", GexfNamespace);
        foreach (var column in columns)
        {
            if (ExportColumns.Text(column.Value(item)) is not { } value) continue;
            xml.WriteStartElement("attvalue", GexfNamespace);
            xml.WriteAttributeString("for", column.Name);
            xml.WriteAttributeString("value", Clean(value));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    static void WriteGraphMLKeys<T>(XmlWriter xml, string @for, string prefix, IReadOnlyList<Column<T>> columns)
    {
        foreach (var column in columns)
        {
            xml.WriteStartElement("key", GraphMLNamespace);
            xml.WriteAttributeString("id", $"{prefix}_{column.Name}");
            xml.WriteAttributeString("for", @for);
            xml.WriteAttributeString("attr.name", column.Name);
            xml.WriteAttributeString("attr.type", column.Type switch { ColumnType.Integer => "int", ColumnType.Double => "double", _ => "string" });
            xml.WriteEndElement();
        }
    }

    static void WriteGraphMLData<T>(XmlWriter xml, string prefix, IReadOnlyList<Column<T>> columns, T item)
    {
        foreach (var column in columns)
        {
            if (ExportColumns.Text(column.Value(item)) is not { } value) continue;
            xml.WriteStartElement("data", GraphMLNamespace);
            xml.WriteAttributeString("key", $"{prefix}_{column.Name}");
            xml.WriteString(Clean(value));
            xml.WriteEndElement();
        }
    }

    /// <summary>Article text may hold characters XML 1.0 cannot carry (control characters); they become U+FFFD instead of failing the whole file.</summary>
    static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD')]);
}
