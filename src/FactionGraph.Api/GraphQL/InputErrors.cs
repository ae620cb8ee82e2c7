using FactionGraph.Names;
using GraphQL;

namespace FactionGraph.Api.GraphQL;

/// <summary>An input rule broken by a GraphQL argument becomes a BAD_USER_INPUT error naming the field.</summary>
static class InputErrors
{
    public static void Throw(InputViolation? violation)
    {
        if (violation is not null)
            throw new ExecutionError(violation.Message) { Code = ErrorCodes.BadUserInput, Data = { ["field"] = violation.Field, ["rule"] = violation.Code } };
    }
}
