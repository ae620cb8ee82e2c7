using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQL.Validation.Complexity;

namespace FactionGraph.Api.GraphQL.Http;

/// <summary>
/// What the GraphQL endpoint reports to OpenTelemetry: a span per request named after its operation, carrying the
/// complexity the analyzer computed, and the request's duration by operation (answers from the result cache too).
/// </summary>
public static class GraphQLTelemetry
{
    /// <summary>Name of the activity source and of the meter.</summary>
    public const string Name = "FactionGraph.Api";

    public static readonly ActivitySource Source = new(Name);

    static readonly Meter Meter = new(Name);

    static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "factiongraph.graphql.request.duration", "s", "Time to answer one GraphQL request, by operation name and type and whether the result cache answered.");

    public static Activity? StartRequest() => Source.StartActivity("graphql", ActivityKind.Internal);

    /// <summary>Names the span after the operation (known only once the document is parsed) and records the duration.</summary>
    public static void Finish(Activity? activity, long startedAt, string? operationName, string? operationType, bool cached, bool succeeded)
    {
        // Clients name few operations, so the name is a bounded tag; an anonymous one is "anonymous".
        var name = string.IsNullOrEmpty(operationName) ? "anonymous" : operationName;
        var type = operationType ?? "unknown";
        if (activity is not null)
        {
            activity.DisplayName = $"graphql {type} {name}";
            activity.SetTag("graphql.operation.name", name);
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("factiongraph.graphql.cached", cached);
            if (!succeeded) activity.SetStatus(ActivityStatusCode.Error);
        }
        Duration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds,
            new TagList { { "graphql.operation.name", name }, { "graphql.operation.type", type }, { "cached", cached }, { "outcome", succeeded ? "ok" : "error" } });
    }

    /// <summary>For the complexity analyzer: puts the computed cost and depth on the request's span.</summary>
    public static Task RecordComplexity(ComplexityValidationContext context)
    {
        if (Activity.Current is { } activity && activity.Source == Source)
        {
            activity.SetTag("graphql.complexity", context.TotalImpact);
            activity.SetTag("graphql.depth", context.MaxDepth);
        }
        return Task.CompletedTask;
    }

    public static string? TypeOf(ExecutionResult result) => result.Operation?.Operation.ToString().ToLowerInvariant();
}
