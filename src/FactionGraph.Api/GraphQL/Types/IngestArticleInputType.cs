using FactionGraph.Ingestion;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class IngestArticleInputType : InputObjectGraphType<ArticleSubmission>
{
    public IngestArticleInputType()
    {
        Name = "IngestArticleInput";
        Description = "An article to read into the graph.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The article's plain text.");
        Field<StringGraphType>("title").Description("Headline; default: the first line of the text.");
        Field<StringGraphType>("url").Description("Where the article was published online.");
        Field<DateGraphType>("publishedAt").Description("Publication date, YYYY-MM-DD.");
        Field<StringGraphType>("outlet").Description("Who published it: a newspaper, agency or channel.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        string? Get(string name) => value.TryGetValue(name, out var v) ? v as string : null;
        return new ArticleSubmission(Get("text"), Get("title"), Get("url"), Get("publishedAt"), Get("outlet"));
    }
}
