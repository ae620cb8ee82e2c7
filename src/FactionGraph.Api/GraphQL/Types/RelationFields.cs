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
        type.Field<NonNullGraphType<IntGraphType>>("assertingArticles")
            .Description("Distinct articles asserting or reporting the edge, however many of their sentences do; an article that repeats an earlier one almost word for word (`Article.repeats`) counts as that one.")
            .Resolve(c => Loaders(c).Sources(c.Source.Id).Select(s => s.AssertingArticles));
        type.Field<NonNullGraphType<IntGraphType>>("assertingOutlets")
            .Description("Distinct outlets among the asserting articles: the outlet's name (case and spacing aside), else the host of the article's address; an article with neither adds none, nor does a near-copy (`Article.repeats`), wherever it was republished.")
            .Resolve(c => Loaders(c).Sources(c.Source.Id).Select(s => s.AssertingOutlets));
        type.Field<NonNullGraphType<IntGraphType>>("denyingArticles")
            .Description("Distinct articles denying the edge, near-copies counted once as for `assertingArticles`.")
            .Resolve(c => Loaders(c).Sources(c.Source.Id).Select(s => s.DenyingArticles));
        type.Field<NonNullGraphType<IntGraphType>>("denyingOutlets")
            .Description("Distinct outlets among the denying articles, as for `assertingOutlets`.")
            .Resolve(c => Loaders(c).Sources(c.Source.Id).Select(s => s.DenyingOutlets));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence")
            .Description("Every sentence behind the edge, oldest first.")
            .Resolve(c => Loaders(c).Evidence(c.Source.Id));
    }

    public static GraphLoaders Loaders(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<GraphLoaders>();
}
