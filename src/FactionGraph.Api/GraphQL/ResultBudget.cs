using GraphQL;
using GraphQL.Instrumentation;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.GraphQL;

/// <summary>
/// Counts the values a request resolves (every field of every list item) and stops the request once it
/// passes GraphQL:MaxResolvedFields: the answer tree is built in memory before it is written, so this
/// count, not the query text, is what bounds its memory (200 aliases of a neighbourhood are small to ask, large to answer).
/// </summary>
public sealed class ResultBudget(IOptions<GraphQLLimits> limits) : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.UserContext is RequestContext request && Interlocked.Increment(ref request.ResolvedFields) > limits.Value.MaxResolvedFields)
        {
            request.Stop(ErrorCodes.ResultTooLarge,
                $"The answer would hold more than {limits.Value.MaxResolvedFields} values; ask for fewer fields, aliases or items.");
            throw new OperationCanceledException(request.Stopped);
        }
        return next(context);
    }
}
