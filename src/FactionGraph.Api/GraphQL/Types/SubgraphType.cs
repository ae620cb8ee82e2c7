using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "Nodes and edges in the shape graph-drawing libraries take directly.";
        AddNodesAndEdges(this, "Nearest first.", "Edges between the nodes.");
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when `limit` cut nodes off.").Resolve(c => c.Source.Truncated);
    }

    /// <summary>The drawable part, shared with <see cref="PathType"/>: only the order of the lists differs in meaning.</summary>
    internal static void AddNodesAndEdges(ObjectGraphType<Subgraph> type, string nodes, string edges)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>>("nodes").Description(nodes).Resolve(c => c.Source.Nodes);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>>("edges").Description(edges).Resolve(c => c.Source.Edges);
    }
}
