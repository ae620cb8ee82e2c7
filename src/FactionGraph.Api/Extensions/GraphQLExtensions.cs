using FactionGraph.Api.GraphQL;
using FactionGraph.Api.GraphQL.Http;
using FactionGraph.Api.Security;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation.Complexity;

namespace FactionGraph.Api.Extensions;

public static class GraphQLExtensions
{
    /// <summary>The schema, its safety limits from configuration, DataLoaders and the HTTP endpoint's parts.</summary>
    public static IServiceCollection AddFactionGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(GraphQLLimits.Section).Get<GraphQLLimits>() ?? new GraphQLLimits();
        services.AddOptions<GraphQLLimits>().Bind(configuration.GetSection(GraphQLLimits.Section))
            .Validate(l => l.MaxDepth > 0 && l.MaxComplexity > 0 && l.MaxPageSize > 0 && l.MaxRequestBytes > 0 && l.ExecutionTimeout > TimeSpan.Zero
                && l.MaxQueryLength > 0 && l.MaxSelections > 0 && l.MaxAliases >= 0 && l.MaxSameNameFields > 0 && l.MaxResolvedFields > 0
                && l.MaxResponseBytes > 0 && l.MaxErrors > 0 && l.MaxParserDepth > 0,
                "GraphQL limits must be positive.")
            .ValidateOnStart();
        services.AddGraphQL(b => b
            .AddSchema<FactionGraphSchema>()
            .AddGraphTypes(typeof(FactionGraphSchema).Assembly)
            .AddSystemTextJson()
            .AddExecutionStrategy<PlainListExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddValidationRule<WriteAccessRule>()
            .AddValidationRule<HttpGetRule>()
            .UseMiddleware<ResultBudget>()
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = limits.MaxDepth;
                c.MaxComplexity = limits.MaxComplexity;
                c.DefaultListImpactMultiplier = limits.ListImpactMultiplier;
                c.ValidateComplexityDelegate = GraphQLTelemetry.RecordComplexity;
                // Introspection (GraphiQL, code generators) costs nothing against the limit: its size is fixed by the
                // schema, and QueryBudget's selection and depth limits still bound a hostile one.
                var standard = c.DefaultComplexityImpactDelegate;
                c.DefaultComplexityImpactDelegate = field =>
                    field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || field.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new FieldComplexityResult(0, 0) : standard(field);
            })
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false));
        services.AddScoped<GraphLoaders>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLEndpoint>();
        services.AddSingleton<QueryResultCache>();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        services.AddSingleton<WriteAccess>();
        return services;
    }

    /// <summary>GET and POST /graphql, and the schema as SDL for front-end tooling.</summary>
    public static IEndpointRouteBuilder MapGraphQLApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLEndpoint endpoint) => endpoint.HandleAsync(http));
        app.MapGet("/graphql/schema.graphql", (ISchema schema) => Results.Text(schema.Print(), "text/plain; charset=utf-8"));
        return app;
    }
}
