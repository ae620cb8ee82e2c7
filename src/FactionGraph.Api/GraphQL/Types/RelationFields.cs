using FactionGraph.Model;
using GraphQL;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

/// <summary>The fields every edge type shows (Relation, Membership): one definition for both.</summary>
static class RelationFields
{
    public static void AddTo(ObjectGraphType<Relation> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id: source~TYPE~target.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<RelationTypeEnum>>("type").Description("Kind of edge.").Resolve(c => c.Source.Type);
        type.Field<NonNullGraphType<FactionType>>("source").Description("The faction the edge starts from.")
            .Resolve(c => Loaders(c).Faction(c.Source.Source));
        type.Field<NonNullGraphType<FactionType>>("target").Description("The faction the edge points to.")
            .Resolve(c => Loaders(c).Faction(c.Source.Target));
        type.Field<DateGraphType>("since").Description("Earliest date of asserting evidence.").Resolve(c => c.Source.Since);
        type.Field<DateGraphType>("until").Description("For memberships: when the member was reported to have left.").Resolve(c => c.Source.Until);
        type.Field<NonNullGraphType<FloatGraphType>>("confidence").Description("Highest confidence among the evidence, 0..1.").Resolve(c => c.Source.Confidence);
        type.Field<NonNullGraphType<IntGraphType>>("assertingCount").Description("Pieces of evidence asserting or reporting the edge.").Resolve(c => c.Source.Asserting);
        type.Field<NonNullGraphType<IntGraphType>>("denyingCount").Description("Pieces of evidence denying the edge.").Resolve(c => c.Source.Denying);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence")
            .Description("Every sentence behind the edge, oldest first.")
            .Resolve(c => Loaders(c).Evidence(c.Source.Id));
    }

    public static GraphLoaders Loaders(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<GraphLoaders>();
}
