using System.Globalization;
using FactionGraph.Api.GraphQL;
using FactionGraph.Model;
using FactionGraph.Storage;

namespace FactionGraph.Api.Export;

/// <summary>
/// The query parameters every export takes: <c>center</c> (id or any name; none means the whole graph),
/// <c>depth</c> (1 to 3, default 1), <c>activeOn</c> (YYYY-MM-DD), <c>types</c> (relation types, comma-separated or repeated)
/// and <c>limit</c> (most nodes), the same arguments and defaults as GraphQL's <c>neighborhood</c>.
/// </summary>
public sealed record ExportRequest(string? Center, int Depth, RelationFilter Filter, int? Limit)
{
    /// <summary>The request, or the reason it cannot be answered (a 400).</summary>
    public static (ExportRequest? Request, string? Error) Parse(IQueryCollection query)
    {
        var depth = 1;
        if (query["depth"].FirstOrDefault() is { } d && (!int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out depth) || depth is < 1 or > GraphQLLimits.MaxNeighborhoodDepth))
            return (null, $"`depth` must be 1 to {GraphQLLimits.MaxNeighborhoodDepth}.");
        int? limit = null;
        if (query["limit"].FirstOrDefault() is { } l)
        {
            if (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1) return (null, "`limit` must be a positive number.");
            limit = n;
        }
        var activeOn = query["activeOn"].FirstOrDefault();
        if (activeOn is not null && !DateOnly.TryParseExact(activeOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return (null, "`activeOn` must be a date, YYYY-MM-DD.");
        var types = new List<RelationType>();
        foreach (var name in query["types"].SelectMany(t => (t ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!WireName.TryParse<RelationType>(name, out var type))
                return (null, $"Unknown relation type '{name}'; use {string.Join(", ", Enum.GetValues<RelationType>().Select(WireName.Of))}.");
            types.Add(type);
        }
        var center = query["center"].FirstOrDefault();
        return (new ExportRequest(string.IsNullOrWhiteSpace(center) ? null : center, depth,
            new RelationFilter(types.Count > 0 ? types : null, Direction.Both, activeOn), limit), null);
    }
}
