using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "Nodes and edges in the shape graph-drawing libraries take directly.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>>("nodes").Description("Nearest first.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>>("edges").Description("Edges between the nodes.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when `limit` cut nodes off.").Resolve(c => c.Source.Truncated);
    }
}
