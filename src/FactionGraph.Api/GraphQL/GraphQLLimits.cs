namespace FactionGraph.Api.GraphQL;

/// <summary>Safety limits of the GraphQL endpoint (section "GraphQL"), each with a documented default.</summary>
public sealed class GraphQLLimits
{
    public const string Section = "GraphQL";

    /// <summary>Deepest nesting of fields in a query. Default 15.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest estimated cost of a query (GraphQL.NET's complexity analysis). Default 50,000.</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>
    /// How many items the complexity analysis assumes a list field returns when no `first`/`limit`
    /// says. Default 5: alliances have a handful of members, not the analyzer's default of 20.
    /// </summary>
    public double ListImpactMultiplier { get; set; } = 5;

    /// <summary>Largest `first` of a connection. Default 100.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>`first` when the client gives none. Default 20.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Largest request body in bytes. Default 1 MB (an article sent through ingestArticle fits).</summary>
    public int MaxRequestBytes { get; set; } = 1_100_000;

    /// <summary>Longest time one request may execute. Default 10 seconds.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most nodes a neighbourhood returns when the client gives no limit, and the most it may ask for. Defaults 200 and 2,000.</summary>
    public int DefaultNeighborhoodLimit { get; set; } = 200;

    public int MaxNeighborhoodLimit { get; set; } = 2_000;

    /// <summary>Most hops a path search may be asked for. Default 6.</summary>
    public int MaxPathHops { get; set; } = 6;

    /// <summary>Distinct read queries whose answers are kept for reuse until the graph changes. Default 1,000; 0 turns caching off.</summary>
    public int ResultCacheEntries { get; set; } = 1_000;

    /// <summary>Longest a kept answer is reused, even if this process saw no change. Default 5 seconds.</summary>
    public int ResultCacheSeconds { get; set; } = 5;

    /// <summary>Neighbourhoods go at most this deep (fixed: beyond it they are the whole graph).</summary>
    public const int MaxNeighborhoodDepth = 3;
}
