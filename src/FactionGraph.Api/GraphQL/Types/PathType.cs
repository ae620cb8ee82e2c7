using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class PathType : ObjectGraphType<Subgraph>
{
    public PathType()
    {
        Name = "Path";
        Description = "A shortest path: nodes in order from `from` to `to`, and the edge between each pair.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>>("nodes").Description("In order from the start.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>>("edges").Description("edges[i] joins nodes[i] and nodes[i+1], in either direction.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<IntGraphType>>("hops").Description("Number of edges.").Resolve(c => c.Source.Edges.Count);
    }
}
