using System.Text.Json;
using FactionGraph.Model;
using static FactionGraph.Storage.Neo4j.Neo4jValues;

namespace FactionGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    static Faction ReadFaction(JsonElement[] r) =>
        new(String(r[0]), String(r[1]), WireName.Parse<FactionKind>(String(r[2])), Strings(r[3]), NullableString(r[4]), NullableString(r[5]));

    static Relation ReadRelation(JsonElement[] r) =>
        new(String(r[0]), WireName.Parse<RelationType>(String(r[1])), String(r[2]), String(r[3]),
            NullableString(r[4]), NullableString(r[5]), Double(r[6]), Int(r[7]), Int(r[8]));

    static Article ReadArticle(JsonElement[] r) =>
        new(String(r[0]), String(r[1]), NullableString(r[2]), NullableString(r[3]), NullableString(r[4]), NullableString(r[5]));

    public async Task<bool> HasArticleAsync(string articleId, CancellationToken ct) =>
        Int((await QueryAsync(Cypher.HasArticle, ct, ("id", articleId))).Rows[0][0]) > 0;

    public async Task<IReadOnlyList<Faction>> GetFactionsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : [.. (await QueryAsync(Cypher.GetFactions, ct, ("ids", ids.Distinct().ToArray()))).Rows.Select(ReadFaction)];

    public async Task<IReadOnlyDictionary<string, string>> ResolveNamesAsync(IReadOnlyCollection<string> nameKeys, CancellationToken ct) =>
        nameKeys.Count == 0 ? new Dictionary<string, string>() :
        (await QueryAsync(Cypher.ResolveNames, ct, ("keys", nameKeys))).Rows
            .Select(r => (Key: NullableString(r[0])!, Id: NullableString(r[1])!)).DistinctBy(o => o.Key)
            .ToDictionary(o => o.Key, o => o.Id, StringComparer.Ordinal);

    public async Task<Page<Faction>> SearchFactionsAsync(FactionSearch search, CancellationToken ct)
    {
        var parameters = Row(("kind", search.Kind is { } k ? WireName.Of(k) : null), ("key", search.SearchKey),
            ("first", search.First), ("offset", search.Offset));
        var results = await connection.RunAsync(
            [new CypherStatement(Cypher.SearchFactions, parameters), new CypherStatement(Cypher.CountFactions, parameters)], ct);
        return new Page<Faction>([.. results[0].Rows.Select(ReadFaction)], Int(results[1].Rows[0][0]), search.Offset);
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> factionIds, RelationFilter filter, CancellationToken ct) =>
        factionIds.Count == 0 ? [] :
        [.. (await QueryAsync(Cypher.GetRelations(filter.Direction, filter.Types), ct, ("ids", factionIds.Distinct().ToArray()),
            ("on", filter.ActiveOn))).Rows.Select(ReadRelation)];

    /// <summary>
    /// One request of one statement (<see cref="Cypher.Neighborhood"/>): every faction of the
    /// neighbourhood once, the centre first, with its stored degree, and every edge once.
    /// </summary>
    public async Task<ITraversalReads?> PrefetchNeighborhoodAsync(string id, int depth, RelationFilter filter, CancellationToken ct)
    {
        var result = await QueryAsync(Cypher.Neighborhood(depth, filter.Types), ct, ("id", id), ("on", filter.ActiveOn));
        if (result.Rows.Count == 0) return null;
        var graph = new PrefetchedGraph();
        foreach (var list in result.Rows[0][0].EnumerateArray())
        {
            var columns = list.EnumerateArray().ToArray();
            graph.AddFaction(ReadFaction(columns), Int(columns[6]));
        }
        foreach (var list in result.Rows[0][1].EnumerateArray())
            graph.AddRelation(ReadRelation([.. list.EnumerateArray()]));
        return graph;
    }

    /// <summary>
    /// An edge id is source~TYPE~target (<see cref="Relation.IdOf"/>), so it is looked up by its two
    /// ends, which are indexed; relationship properties are not indexable on Neo4j 3.
    /// </summary>
    public async Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct)
    {
        var rows = relationIds.Distinct().SelectMany(id => Enum.GetValues<RelationType>().Select(type =>
        {
            var marker = $"~{Cypher.TypeOf(type)}~";
            var at = id.IndexOf(marker, StringComparison.Ordinal);
            return at < 0 ? null : Row(("id", id), ("type", Cypher.TypeOf(type)), ("source", id[..at]), ("target", id[(at + marker.Length)..]));
        })).OfType<Dictionary<string, object?>>().ToArray();
        return rows.Length == 0 ? [] : [.. (await QueryAsync(Cypher.GetRelationsById, ct, ("rows", rows))).Rows.Select(ReadRelation)];
    }

    public async Task<IReadOnlyDictionary<string, int>> GetDegreesAsync(IReadOnlyCollection<string> factionIds, CancellationToken ct) =>
        factionIds.Count == 0 ? new Dictionary<string, int>() :
        (await QueryAsync(Cypher.GetDegrees, ct, ("ids", factionIds.Distinct().ToArray())))
            .Rows.ToDictionary(r => String(r[0]), r => Int(r[1]));

    /// <summary>Ordered as the embedded store orders it: edge, date (undated first), article, offset.</summary>
    public async Task<IReadOnlyList<EvidenceRecord>> GetEvidenceAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct)
    {
        if (relationIds.Count == 0) return [];
        var rows = (await QueryAsync(Cypher.GetEvidence, ct, ("ids", relationIds.Distinct().ToArray()))).Rows;
        return [.. rows.Select(r => new EvidenceRecord(String(r[0]), String(r[1]), new Evidence(
                String(r[2]), String(r[3]), Int(r[4]), Int(r[5]), String(r[6]), Double(r[7]),
                WireName.Parse<Stance>(String(r[8])), NullableString(r[9]))))
            .OrderBy(e => e.RelationId, StringComparer.Ordinal)
            .ThenBy(e => e.Evidence.Date, StringComparer.Ordinal) // null sorts first, as in SQLite
            .ThenBy(e => e.Evidence.ArticleId, StringComparer.Ordinal)
            .ThenBy(e => e.Evidence.Start)];
    }

    public async Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : [.. (await QueryAsync(Cypher.GetArticles, ct, ("ids", ids.Distinct().ToArray()))).Rows.Select(ReadArticle)];

    public async Task<IReadOnlyDictionary<string, Page<Article>>> GetArticlesMentioningAsync(IReadOnlyCollection<string> factionIds, int first, int offset, CancellationToken ct)
    {
        var ids = factionIds.Distinct().ToArray();
        var rows = ids.Length == 0 ? [] : (await QueryAsync(Cypher.ArticlesMentioning, ct, ("ids", ids), ("first", first), ("offset", offset))).Rows;
        var pages = rows.ToDictionary(r => String(r[0]), r => new Page<Article>([.. r[2].EnumerateArray().Select(x => ReadArticle([.. x.EnumerateArray()]))], Int(r[1]), offset));
        return ids.ToDictionary(id => id, id => pages.GetValueOrDefault(id) ?? new Page<Article>([], 0, offset));
    }

    public async Task<Page<Article>> SearchArticlesAsync(ArticleSearch search, CancellationToken ct)
    {
        var parameters = Row(("search", search.Search), ("mentioning", search.MentioningId), ("first", search.First), ("offset", search.Offset));
        var results = await connection.RunAsync(
            [new CypherStatement(Cypher.SearchArticles, parameters), new CypherStatement(Cypher.CountArticles, parameters)], ct);
        return new Page<Article>([.. results[0].Rows.Select(ReadArticle)], Int(results[1].Rows[0][0]), search.Offset);
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct)
    {
        var results = await connection.RunAsync([.. Cypher.StatsStatements.Select(s => new CypherStatement(s.Text))], ct);
        long Count(int i) => results[i].Rows[0][0].GetInt64();
        return new GraphStats(Count(0), Count(1), Count(2), Count(3));
    }
}
