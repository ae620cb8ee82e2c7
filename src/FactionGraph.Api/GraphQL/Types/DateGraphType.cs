using FactionGraph.Ingestion;
using GraphQL.Types;
using GraphQLParser.AST;

namespace FactionGraph.Api.GraphQL.Types;

/// <summary>
/// An ISO calendar date, YYYY-MM-DD. Kept as a string inside: the stores compare dates as
/// ISO strings, which keeps Cypher portable between Neo4j 3.1 and 5 (no temporal types).
/// </summary>
public sealed class DateGraphType : ScalarGraphType
{
    public DateGraphType()
    {
        Name = "Date";
        Description = "A calendar date as an ISO string, YYYY-MM-DD.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => ParseValue((string)s.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s when ArticleValidator.IsIsoDate(s) => s,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => ThrowSerializationError(value),
    };
}
