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

    /// <summary>
    /// The deadline of one request from its first byte to its last: reading, parsing, validation, cost
    /// analysis, execution and serialisation all run under it. Default 10 seconds.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest query text in characters. Default 20,000: the largest hand-written query is a few hundred.</summary>
    public int MaxQueryLength { get; set; } = 20_000;

    /// <summary>
    /// Most field selections of one operation after fragments are expanded (a fragment spread twice counts
    /// twice). Default 2,000. Checked before validation, whose overlapping-fields rule is quadratic.
    /// </summary>
    public int MaxSelections { get; set; } = 2_000;

    /// <summary>Most aliased fields of one operation after fragments are expanded. Default 200.</summary>
    public int MaxAliases { get; set; } = 200;

    /// <summary>
    /// Most fields of one selection set (fragments expanded) sharing a response name: each pair of them is
    /// compared by the overlapping-fields rule, so this bounds that rule's work. Default 20.
    /// </summary>
    public int MaxSameNameFields { get; set; } = 20;

    /// <summary>Most values one answer may resolve (every field of every list item counts): the bound on the answer's memory. Default 200,000.</summary>
    public int MaxResolvedFields { get; set; } = 200_000;

    /// <summary>Largest answer in bytes; a larger one is an error (code RESPONSE_TOO_LARGE), never a cut-off body. Default 10 MB.</summary>
    public int MaxResponseBytes { get; set; } = 10_000_000;

    /// <summary>Most errors listed in one answer; the rest are summarised by one TOO_MANY_ERRORS error. Default 50.</summary>
    public int MaxErrors { get; set; } = 50;

    /// <summary>Deepest nesting the parser accepts (fields, lists, objects), before any validation. Default 64.</summary>
    public int MaxParserDepth { get; set; } = 64;

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
