using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class PathType : ObjectGraphType<Subgraph>
{
    public PathType()
    {
        Name = "Path";
        Description = "A shortest path: nodes in order from `from` to `to`, and the edge between each pair.";
        SubgraphType.AddNodesAndEdges(this, "In order from the start.", "edges[i] joins nodes[i] and nodes[i+1], in either direction.");
        Field<NonNullGraphType<IntGraphType>>("hops").Description("Number of edges.").Resolve(c => c.Source.Edges.Count);
    }
}
