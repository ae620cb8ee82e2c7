using FactionGraph.Model;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

/// <summary>An edge to draw: source and target are node ids, as graph-drawing libraries expect.</summary>
public sealed class GraphEdgeType : ObjectGraphType<Relation>
{
    public GraphEdgeType()
    {
        Name = "GraphEdge";
        Description = "An edge to draw; source and target are node ids.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The edge's id (also a Relation id).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Description("Kind of edge.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("source").Description("Id of the source node.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Description("Id of the target node.").Resolve(c => c.Source.Target);
        Field<DateGraphType>("since").Description("Earliest date of asserting evidence.").Resolve(c => c.Source.Since);
        Field<DateGraphType>("until").Description("For memberships: when the member was reported to have left.").Resolve(c => c.Source.Until);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("Highest confidence among the evidence, 0..1.").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The full relation, with its evidence.").Resolve(c => c.Source);
    }
}
