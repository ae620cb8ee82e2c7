using GraphQL.Validation;
using GraphQLParser.AST;

namespace FactionGraph.Api.GraphQL;

/// <summary>
/// Refuses a mutation before anything executes when the caller has no write access,
/// so a refused request writes nothing however many fields it has.
/// </summary>
public sealed class WriteAccessRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            if (operation.Operation != OperationType.Mutation || ctx.UserContext is RequestContext { CanWrite: true }) return;
            if (ctx.UserContext is RequestContext { ForeignOrigin: true })
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null, Security.WriteAccess.ForeignOriginMessage, operation) { Code = ErrorCodes.ForbiddenOrigin });
                return;
            }
            ctx.ReportError(new ValidationError(ctx.Document.Source, null,
                "Writes need an API key (Authorization: Bearer KEY or X-Api-Key: KEY).", operation) { Code = ErrorCodes.Unauthorized });
        }));
}
