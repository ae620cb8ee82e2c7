using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class EvidenceType : ObjectGraphType<EvidenceRecord>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "One sentence of one article behind an edge.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id: relationId@articleId:start.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("quote").Description("The sentence, verbatim.").Resolve(c => c.Source.Evidence.Quote);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Offset of the sentence in the article text.").Resolve(c => c.Source.Evidence.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("Offset just past the sentence.").Resolve(c => c.Source.Evidence.End);
        Field<NonNullGraphType<StanceEnum>>("stance").Description("Asserted, denied or reported.").Resolve(c => c.Source.Evidence.Stance);
        Field<NonNullGraphType<StringGraphType>>("rule").Description("The extraction rule that read it.").Resolve(c => c.Source.Evidence.Rule);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("How sure the rule is, 0..1.").Resolve(c => c.Source.Evidence.Confidence);
        Field<DateGraphType>("date").Description("The date the claim refers to.").Resolve(c => c.Source.Evidence.Date);
        Field<NonNullGraphType<ArticleType>>("article").Description("The article quoted.")
            .Resolve(c => RelationFields.Loaders(c).Article(c.Source.Evidence.ArticleId));
    }
}
