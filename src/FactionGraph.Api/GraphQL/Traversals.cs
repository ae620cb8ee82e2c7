using FactionGraph.Model;
using FactionGraph.Storage;
using GraphQL;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.GraphQL;

/// <summary>Argument checking for neighbourhood and path, then the shared <see cref="GraphTraversal"/>.</summary>
static class Traversals
{
    public static Task<Subgraph?> NeighborhoodAsync(IResolveFieldContext c)
    {
        var limits = Limits(c);
        var depth = c.GetArgument("depth", 1);
        if (depth is < 1 or > GraphQLLimits.MaxNeighborhoodDepth)
            throw new ExecutionError($"`depth` is {depth}; it must be 1 to {GraphQLLimits.MaxNeighborhoodDepth}.") { Code = ErrorCodes.BadUserInput };
        var limit = c.GetArgument<int?>("limit") ?? limits.DefaultNeighborhoodLimit;
        if (limit < 1 || limit > limits.MaxNeighborhoodLimit)
            throw new ExecutionError($"`limit` is {limit}; it must be 1 to {limits.MaxNeighborhoodLimit}.") { Code = ErrorCodes.BadUserInput };
        return Traversal(c).NeighborhoodAsync(c.GetArgument<string>("id"), depth, Filter(c), limit, c.CancellationToken);
    }

    public static Task<Subgraph?> PathAsync(IResolveFieldContext c)
    {
        var limits = Limits(c);
        var maxHops = c.GetArgument("maxHops", 4);
        if (maxHops < 1 || maxHops > limits.MaxPathHops)
            throw new ExecutionError($"`maxHops` is {maxHops}; it must be 1 to {limits.MaxPathHops}.") { Code = ErrorCodes.BadUserInput };
        return Traversal(c).PathAsync(c.GetArgument<string>("from"), c.GetArgument<string>("to"), maxHops, Filter(c), c.GetArgument("directed", false), c.CancellationToken);
    }

    static RelationFilter Filter(IResolveFieldContext c) =>
        new(c.GetArgument<List<RelationType>?>("types"), Direction.Both, c.GetArgument<string?>("activeOn"));

    static GraphQLLimits Limits(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IOptions<GraphQLLimits>>().Value;

    static GraphTraversal Traversal(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<GraphTraversal>();
}
