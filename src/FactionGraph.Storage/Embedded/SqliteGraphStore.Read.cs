using System.Text.Json;
using FactionGraph.Model;
using Microsoft.Data.Sqlite;

namespace FactionGraph.Storage.Embedded;

public sealed partial class SqliteGraphStore
{
    internal const string FactionColumns = "f.id, f.name, f.kind, f.aliases, f.first_seen, f.last_seen";
    internal const string RelationColumns = "r.id, r.type, r.source, r.target, r.since, r.until, r.confidence, r.asserting, r.denying";
    const string ArticleColumns = "a.id, a.title, a.url, a.published_at, a.outlet, a.repeats";

    internal static Faction ReadFaction(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), WireName.Parse<FactionKind>(r.GetString(2)),
        JsonSerializer.Deserialize<List<string>>(r.GetString(3)) ?? [], NullableString(r, 4), NullableString(r, 5));

    internal static Relation ReadRelation(SqliteDataReader r) => new(
        r.GetString(0), WireName.Parse<RelationType>(r.GetString(1)), r.GetString(2), r.GetString(3),
        NullableString(r, 4), NullableString(r, 5), r.GetDouble(6), r.GetInt32(7), r.GetInt32(8));

    static Article ReadArticle(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4), NullableString(r, 5));

    public async Task<bool> HasArticleAsync(string articleId, CancellationToken ct) =>
        (await QueryAsync("SELECT 1 FROM articles WHERE id = @id", _ => true, ct, ("@id", articleId))).Count > 0;

    public async Task<IReadOnlyList<Faction>> GetFactionsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (index is not null) { await index.RefreshAsync(ct); return index.Factions(ids); }
        var (list, parameters) = InList(ids);
        return await QueryAsync($"SELECT {FactionColumns} FROM factions f WHERE f.id IN ({list})", ReadFaction, ct, parameters);
    }

    public async Task<IReadOnlyDictionary<string, string>> ResolveNamesAsync(IReadOnlyCollection<string> nameKeys, CancellationToken ct)
    {
        if (nameKeys.Count == 0) return new Dictionary<string, string>();
        var (list, parameters) = InList(nameKeys);
        var owners = await QueryAsync($"SELECT key, faction_id FROM names WHERE key IN ({list})", r => (Key: r.GetString(0), Id: r.GetString(1)), ct, parameters);
        return owners.ToDictionary(o => o.Key, o => o.Id, StringComparer.Ordinal);
    }

    public async Task<Page<Faction>> SearchFactionsAsync(FactionSearch search, CancellationToken ct)
    {
        const string where = """
            WHERE (@kind IS NULL OR f.kind = @kind)
              AND (@key IS NULL OR EXISTS (SELECT 1 FROM names n WHERE n.faction_id = f.id AND instr(n.key, @key) > 0))
            """;
        (string, object?)[] parameters = [("@kind", search.Kind is { } k ? WireName.Of(k) : null), ("@key", search.SearchKey), ("@first", search.First), ("@offset", search.Offset)];
        var items = await QueryAsync($"SELECT {FactionColumns} FROM factions f {where} ORDER BY f.name COLLATE NOCASE, f.id LIMIT @first OFFSET @offset", ReadFaction, ct, parameters);
        var total = (await QueryAsync($"SELECT count(*) FROM factions f {where}", r => r.GetInt32(0), ct, parameters))[0];
        return new Page<Faction>(items, total, search.Offset);
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> factionIds, RelationFilter filter, CancellationToken ct)
    {
        if (index is not null) { await index.RefreshAsync(ct); return index.Relations(factionIds, filter); }
        var (list, parameters) = InList(factionIds);
        var ends = filter.Direction switch
        {
            Direction.Outgoing => $"r.source IN ({list})",
            Direction.Incoming => $"r.target IN ({list})",
            _ => $"(r.source IN ({list}) OR r.target IN ({list}))",
        };
        var types = filter.Types is { Count: > 0 } t ? $" AND r.type IN ({string.Join(',', t.Select(x => $"'{WireName.Of(x)}'"))})" : "";
        var active = filter.ActiveOn is null ? "" : " AND r.since IS NOT NULL AND r.since <= @on AND (r.until IS NULL OR r.until >= @on)";
        return await QueryAsync($"SELECT {RelationColumns} FROM relations r WHERE {ends}{types}{active} ORDER BY r.id", ReadRelation, ct,
            [.. parameters, ("@on", filter.ActiveOn)]);
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct)
    {
        var (list, parameters) = InList(relationIds);
        return await QueryAsync($"SELECT {RelationColumns} FROM relations r WHERE r.id IN ({list})", ReadRelation, ct, parameters);
    }

    public async Task<IReadOnlyDictionary<string, int>> GetDegreesAsync(IReadOnlyCollection<string> factionIds, CancellationToken ct)
    {
        if (index is not null) { await index.RefreshAsync(ct); return index.Degrees(factionIds); }
        var (list, parameters) = InList(factionIds);
        var rows = await QueryAsync($"""
            SELECT id, count(*) FROM (
              SELECT source AS id FROM relations WHERE source IN ({list})
              UNION ALL SELECT target FROM relations WHERE target IN ({list}) AND target <> source)
            GROUP BY id
            """, r => (r.GetString(0), r.GetInt32(1)), ct, parameters);
        return rows.ToDictionary(x => x.Item1, x => x.Item2);
    }

    public async Task<IReadOnlyList<EvidenceRecord>> GetEvidenceAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct)
    {
        var (list, parameters) = InList(relationIds);
        return await QueryAsync($"""
            SELECT id, relation_id, article_id, quote, start, end, rule, confidence, stance, date
            FROM evidence WHERE relation_id IN ({list}) ORDER BY relation_id, date, article_id, start
            """, r => new EvidenceRecord(r.GetString(0), r.GetString(1), new Evidence(
                r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6), r.GetDouble(7),
                WireName.Parse<Stance>(r.GetString(8)), NullableString(r, 9))), ct, parameters);
    }

    public async Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var (list, parameters) = InList(ids);
        return await QueryAsync($"SELECT {ArticleColumns} FROM articles a WHERE a.id IN ({list})", ReadArticle, ct, parameters);
    }

    public async Task<IReadOnlyDictionary<string, Page<Article>>> GetArticlesMentioningAsync(IReadOnlyCollection<string> factionIds, int first, int offset, CancellationToken ct)
    {
        var (list, parameters) = InList(factionIds);
        // Numbered per faction in the order of SearchArticlesAsync, so each faction's page is a slice of that list.
        var rows = await QueryAsync($"""
            SELECT faction_id, id, title, url, published_at, outlet, repeats FROM (
              SELECT m.faction_id, a.*, row_number() OVER (PARTITION BY m.faction_id ORDER BY a.published_at DESC, a.id) AS n
              FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.faction_id IN ({list}))
            WHERE n > @offset AND n <= @offset + @first ORDER BY faction_id, n
            """, r => (Faction: r.GetString(0), Article: new Article(r.GetString(1), r.GetString(2), NullableString(r, 3), NullableString(r, 4), NullableString(r, 5), NullableString(r, 6))),
            ct, [.. parameters, ("@first", first), ("@offset", offset)]);
        var totals = (await QueryAsync($"SELECT faction_id, count(*) FROM mentions WHERE faction_id IN ({list}) GROUP BY faction_id",
            r => (Faction: r.GetString(0), Total: r.GetInt32(1)), ct, parameters)).ToDictionary(t => t.Faction, t => t.Total);
        var pages = rows.GroupBy(r => r.Faction).ToDictionary(g => g.Key, g => (IReadOnlyList<Article>)[.. g.Select(r => r.Article)]);
        return factionIds.Distinct().ToDictionary(id => id, id => new Page<Article>(pages.GetValueOrDefault(id) ?? [], totals.GetValueOrDefault(id), offset));
    }

    public async Task<Page<Article>> SearchArticlesAsync(ArticleSearch search, CancellationToken ct)
    {
        const string where = """
            WHERE (@search IS NULL OR instr(lower(a.title), lower(@search)) > 0)
              AND (@mentioning IS NULL OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.faction_id = @mentioning))
            """;
        (string, object?)[] parameters = [("@search", search.Search), ("@mentioning", search.MentioningId), ("@first", search.First), ("@offset", search.Offset)];
        var items = await QueryAsync($"SELECT {ArticleColumns} FROM articles a {where} ORDER BY a.published_at DESC, a.id LIMIT @first OFFSET @offset", ReadArticle, ct, parameters);
        var total = (await QueryAsync($"SELECT count(*) FROM articles a {where}", r => r.GetInt32(0), ct, parameters))[0];
        return new Page<Article>(items, total, search.Offset);
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct) =>
        (await QueryAsync("""
            SELECT (SELECT count(*) FROM factions), (SELECT count(*) FROM relations),
                   (SELECT count(*) FROM articles), (SELECT count(*) FROM evidence)
            """, r => new GraphStats(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)), ct))[0];
}
