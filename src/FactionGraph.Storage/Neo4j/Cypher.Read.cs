namespace FactionGraph.Storage.Neo4j;

/// <summary>Reads. Lists of ids are UNWOUND so each id is a unique-index seek on every server version.</summary>
public static partial class Cypher
{
    /// <summary>Columns of a faction; coalesce covers a node an edge created before any article named it.</summary>
    const string FactionColumns =
        "f.id AS id, coalesce(f.name, f.id) AS name, coalesce(f.kind, 'OTHER') AS kind, coalesce(f.aliases, []) AS aliases, f.firstSeen AS firstSeen, f.lastSeen AS lastSeen";

    const string RelationColumns =
        "r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, r.since AS since, r.until AS until, r.confidence AS confidence, r.asserting AS asserting, r.denying AS denying";

    const string ArticleColumns = "a.id AS id, a.title AS title, a.url AS url, a.publishedAt AS publishedAt, a.outlet AS outlet";

    public const string HasArticle = "MATCH (a:Article {id: $id}) RETURN count(a) AS found";

    public const string GetFactions = $$"""
        UNWIND $ids AS id
        MATCH (f:Faction {id: id})
        RETURN {{FactionColumns}}
        """;

    public const string ResolveNames = """
        UNWIND $keys AS key
        MATCH (:Name {key: key})-[:NAMES]->(f:Faction)
        RETURN key, f.id AS id
        """;

    const string FactionFilter = """
        MATCH (f:Faction)
        WHERE ($kind IS NULL OR f.kind = $kind)
          AND ($key IS NULL OR size([(n:Name)-[:NAMES]->(f) WHERE n.key CONTAINS $key | n]) > 0)
        """;

    /// <summary>Ordered like the embedded store: name without case, then id.</summary>
    public const string SearchFactions = $$"""
        {{FactionFilter}}
        WITH f ORDER BY toLower(f.name), f.id SKIP $offset LIMIT $first
        RETURN {{FactionColumns}}
        """;

    public const string CountFactions = $$"""
        {{FactionFilter}}
        RETURN count(f) AS total
        """;

    /// <summary>Edges touching the factions; $types is never null (all types when unfiltered), $on an ISO date or null.</summary>
    public static string GetRelations(Direction direction) => $$"""
        UNWIND $ids AS id
        MATCH {{EdgePattern(direction)}}
        WHERE type(r) IN $types
          AND ($on IS NULL OR (r.since IS NOT NULL AND r.since <= $on AND (r.until IS NULL OR r.until >= $on)))
        WITH DISTINCT r
        RETURN {{RelationColumns}}
        ORDER BY id
        """;

    static string EdgePattern(Direction direction) => direction switch
    {
        Direction.Outgoing => "(:Faction {id: id})-[r]->(:Faction)",
        Direction.Incoming => "(:Faction)-[r]->(:Faction {id: id})",
        _ => "(:Faction {id: id})-[r]-(:Faction)",
    };

    /// <summary>Edges by id; the caller splits each id into its ends and type, so both ends are index seeks.</summary>
    public const string GetRelationsById = $$"""
        UNWIND $rows AS row
        WITH row, row.source AS source, row.target AS target
        MATCH (s:Faction {id: source})-[r]->(t:Faction {id: target})
        WHERE type(r) = row.type AND r.id = row.id
        RETURN {{RelationColumns}}
        """;

    /// <summary>Edges per faction, a self-loop counted once, factions without edges left out (as the embedded store does).</summary>
    public const string GetDegrees = """
        UNWIND $ids AS id
        MATCH (f:Faction {id: id})
        WITH id, size([(f)-[out]->(:Faction) WHERE type(out) IN $types | out])
               + size([(other:Faction)-[inc]->(f) WHERE type(inc) IN $types AND other <> f | inc]) AS degree
        WHERE degree > 0
        RETURN id, degree
        """;

    /// <summary>Evidence of the edges; the caller orders it (Neo4j and SQLite sort missing dates differently).</summary>
    public const string GetEvidence = """
        UNWIND $ids AS id
        MATCH (e:Evidence {relationId: id})
        RETURN e.id AS id, e.relationId AS relationId, e.articleId AS articleId, e.quote AS quote, e.`start` AS `start`,
               e.`end` AS `end`, e.rule AS rule, e.confidence AS confidence, e.stance AS stance, e.date AS date
        """;

    public const string GetArticles = $$"""
        UNWIND $ids AS id
        MATCH (a:Article {id: id})
        RETURN {{ArticleColumns}}
        """;

    const string ArticleFilter = """
        MATCH (a:Article)
        WHERE ($search IS NULL OR toLower(a.title) CONTAINS toLower($search))
          AND ($mentioning IS NULL OR size([(a)-[:MENTIONS]->(m:Faction) WHERE m.id = $mentioning | m]) > 0)
        """;

    /// <summary>Newest first, undated last (as SQLite sorts NULL in DESC), then id.</summary>
    public const string SearchArticles = $$"""
        {{ArticleFilter}}
        WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id SKIP $offset LIMIT $first
        RETURN {{ArticleColumns}}
        """;

    public const string CountArticles = $$"""
        {{ArticleFilter}}
        RETURN count(a) AS total
        """;

    /// <summary>One count per statement (factions, relations, articles, evidence), so label counts come from the count store.</summary>
    public static IReadOnlyList<(string Name, string Text)> StatsStatements =>
    [
        ("factions", "MATCH (f:Faction) RETURN count(f) AS n"),
        ("relations", $"MATCH ()-[r:{AnyRelationType}]->() RETURN count(r) AS n"),
        ("articles", "MATCH (a:Article) RETURN count(a) AS n"),
        ("evidence", "MATCH (e:Evidence) RETURN count(e) AS n"),
    ];
}
