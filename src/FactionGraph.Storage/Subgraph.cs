using FactionGraph.Model;

namespace FactionGraph.Storage;

/// <summary>A node ready to draw: the faction and how many edges it has in the whole graph.</summary>
public sealed record GraphNode(Faction Faction, int Degree);

/// <summary>
/// Nodes and edges in the shape graph-drawing libraries take directly.
/// For a path, nodes and edges are in order from the start; <see cref="Truncated"/> says a limit cut the result.
/// </summary>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<Relation> Edges, bool Truncated);
