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
        // Plain fields: a neighbourhood's hundreds of edges are written without a resolver call per field.
        this.PlainField<Relation, NonNullGraphType<IdGraphType>>("id", e => e.Id).Description("The edge's id (also a Relation id).");
        this.PlainField<Relation, NonNullGraphType<RelationTypeEnum>>("type", e => e.Type).Description("Kind of edge.");
        this.PlainField<Relation, NonNullGraphType<IdGraphType>>("source", e => e.Source).Description("Id of the source node.");
        this.PlainField<Relation, NonNullGraphType<IdGraphType>>("target", e => e.Target).Description("Id of the target node.");
        this.PlainField<Relation, DateGraphType>("since", e => e.Since).Description("Earliest date of asserting evidence.");
        this.PlainField<Relation, DateGraphType>("until", e => e.Until).Description("For memberships: when the member was reported to have left.");
        this.PlainField<Relation, NonNullGraphType<FloatGraphType>>("confidence", e => e.Confidence).Description("Highest confidence among the evidence, 0..1.");
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The full relation, with its evidence.").Resolve(c => c.Source);
    }
}
