using GraphQL.Validation;
using GraphQLParser.AST;

namespace FactionGraph.Api.GraphQL;

/// <summary>GET must not change anything: a mutation sent by GET is refused (answered 405 by the endpoint).</summary>
public sealed class HttpGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(context.UserContext is RequestContext { IsGet: true } && context.Operation.Operation != OperationType.Query
            ? new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
            {
                if (operation == ctx.Operation)
                    ctx.ReportError(new ValidationError(ctx.Document.Source, null, "Only queries may be sent by GET; use POST.", operation) { Code = ErrorCodes.MethodNotAllowed });
            })
            : null);
}
