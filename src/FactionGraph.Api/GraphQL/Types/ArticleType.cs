using FactionGraph.Model;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class ArticleType : ObjectGraphType<Article>
{
    public ArticleType()
    {
        Name = "Article";
        Description = "A news article that evidence quotes.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Derived from the article's normalized text.").Resolve(c => c.Source.Id);
        Field(a => a.Title).Description("Headline.");
        Field(a => a.Url, nullable: true).Description("Where it was published.");
        Field<DateGraphType>("publishedAt").Description("Publication date.").Resolve(c => c.Source.PublishedAt);
        Field(a => a.Outlet, nullable: true).Description("The outlet that published it.");
        Field<ArticleType>("repeats")
            .Description("The earlier article this one repeats almost word for word (at least 80% of its four-word runs in common, estimated by MinHash), if any; its evidence then adds no source to an edge's `assertingArticles`.")
            .Resolve(c => c.Source.Repeats is { } id ? RelationFields.Loaders(c).Article(id) : null);
    }
}
