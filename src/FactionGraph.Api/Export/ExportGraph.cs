using FactionGraph.Model;
using FactionGraph.Storage;

namespace FactionGraph.Api.Export;

/// <summary>What the evidence behind one edge amounts to: pieces by stance, and how many distinct articles and outlets.</summary>
public sealed record EdgeSupport(int Asserted, int Reported, int Denied, int Articles, int Outlets);

/// <summary>An edge to export: the relation and the support a drawing sizes or styles it by.</summary>
public sealed record ExportEdge(Relation Relation, EdgeSupport Support);

/// <summary>A neighbourhood (or the whole graph) ready for any export format; <see cref="Truncated"/> says a limit cut nodes off.</summary>
public sealed record ExportGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<ExportEdge> Edges, bool Truncated);
