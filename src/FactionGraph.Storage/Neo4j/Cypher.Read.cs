using FactionGraph.Model;

namespace FactionGraph.Storage.Neo4j;

/// <summary>Reads. Lists of ids are UNWOUND so each id is a unique-index seek on every server version.</summary>
public static partial class Cypher
{
    /// <summary>Columns of a faction; coalesce covers a node an edge created before any article named it.</summary>
    const string FactionColumns =
        "f.id AS id, coalesce(f.name, f.id) AS name, coalesce(f.kind, 'OTHER') AS kind, coalesce(f.aliases, []) AS aliases, f.firstSeen AS firstSeen, f.lastSeen AS lastSeen";

    const string RelationColumns =
        "r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, r.since AS since, r.until AS until, r.confidence AS confidence, r.asserting AS asserting, r.denying AS denying";

    const string ArticleColumns = "a.id AS id, a.title AS title, a.url AS url, a.publishedAt AS publishedAt, a.outlet AS outlet, a.repeats AS repeats";

    public const string HasArticle = "MATCH (a:Article {id: $id}) RETURN count(a) AS found";

    /// <summary>
    /// Which of the factions ($ids) are in the graph already (bare nodes an edge made included), with
    /// the properties ingestion may fill or widen, as stored (no coalesce: a missing one must show),
    /// and the name keys each owns.
    /// </summary>
    public const string ExistingFactions = """
        UNWIND $ids AS id
        MATCH (f:Faction {id: id})
        RETURN f.id AS id, f.name AS name, f.kind AS kind, f.aliases AS aliases, f.firstSeen AS firstSeen, f.lastSeen AS lastSeen,
               [(n)-[:NAMES]->(f) | n.key] AS keys
        """;

    /// <summary>Which pieces of evidence ($ids) are in the graph already.</summary>
    public const string ExistingEvidence = """
        UNWIND $ids AS id
        MATCH (e:Evidence {id: id})
        RETURN e.id AS id
        """;

    /// <summary>Which of the articles ($ids) are in the graph already.</summary>
    public const string ExistingArticles = """
        UNWIND $ids AS id
        MATCH (a:Article {id: id})
        RETURN a.id AS id
        """;

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

    /// <summary>
    /// Edges touching the factions, of the given types (all when null or empty), $on an ISO date or
    /// null. The types are named in the pattern, so Neo4j expands only those relationships of each
    /// faction, never its MENTIONS or NAMES, however many articles name it.
    /// </summary>
    public static string GetRelations(Direction direction, IReadOnlyCollection<RelationType>? types = null) => $$"""
        UNWIND $ids AS id
        MATCH {{EdgePattern(direction, TypesOf(types))}}
        WHERE {{ActiveOn("r")}}
        WITH DISTINCT r
        RETURN {{RelationColumns}}
        ORDER BY id
        """;

    static string EdgePattern(Direction direction, string types) => direction switch
    {
        Direction.Outgoing => $"(:Faction {{id: id}})-[r:{types}]->(:Faction)",
        Direction.Incoming => $"(:Faction)-[r:{types}]->(:Faction {{id: id}})",
        _ => $"(:Faction {{id: id}})-[r:{types}]-(:Faction)",
    };

    /// <summary>The relationship types to match, as one alternation (MEMBER_OF|LEFT): the requested ones, or all.</summary>
    static string TypesOf(IReadOnlyCollection<RelationType>? types) =>
        types is { Count: > 0 } ? string.Join('|', types.Distinct().Order().Select(TypeOf)) : AnyRelationType;

    /// <summary>The edge <paramref name="r"/> is active on $on (or $on is null): since on or before it, until (if any) on or after it.</summary>
    static string ActiveOn(string r) => $"($on IS NULL OR ({r}.since IS NOT NULL AND {r}.since <= $on AND ({r}.until IS NULL OR {r}.until >= $on)))";

    /// <summary>A faction as one list, in <see cref="FactionColumns"/> order, then its stored degree.</summary>
    static string FactionList(string f) =>
        $"[{f}.id, coalesce({f}.name, {f}.id), coalesce({f}.kind, 'OTHER'), coalesce({f}.aliases, []), {f}.firstSeen, {f}.lastSeen, coalesce({f}.degree, 0)]";

    /// <summary>An edge as one list, in <see cref="RelationColumns"/> order.</summary>
    static string RelationList(string r) =>
        $"[{r}.id, type({r}), startNode({r}).id, endNode({r}).id, {r}.since, {r}.until, {r}.confidence, {r}.asserting, {r}.denying]";

    /// <summary>
    /// Everything a neighbourhood of <paramref name="depth"/> hops can touch, in one statement and one
    /// row: the factions within depth − 1 hops over asserted edges of the types (collected level by
    /// level, so no path is enumerated twice), then their asserted edges. The row holds each faction
    /// once (the centre first, with its stored degree) and each edge once with its ends as ids: a row
    /// per edge carrying both ends made Neo4j read and send every faction once per edge it touches.
    /// Types are named in every pattern, and the far ends carry no label (only factions have these
    /// relationships), so nothing reads articles, counts edges or checks labels. No row: no centre.
    /// </summary>
    public static string Neighborhood(int depth, IReadOnlyCollection<RelationType>? types = null)
    {
        var edge = TypesOf(types);
        var levels = string.Concat(Enumerable.Range(0, depth - 1).Select(_ => $$"""
            UNWIND (CASE WHEN size(frontier) = 0 THEN [null] ELSE frontier END) AS f
            OPTIONAL MATCH (f)-[r:{{edge}}]-(n)
            WHERE r.asserting > 0 AND {{ActiveOn("r")}}
            WITH near, collect(DISTINCT n) AS found
            WITH near, [x IN found WHERE NOT x IN near] AS frontier
            WITH near + frontier AS near, frontier

            """));
        return $$"""
            MATCH (c:Faction {id: $id})
            WITH [c] AS near, [c] AS frontier
            {{levels}}UNWIND near AS m
            OPTIONAL MATCH (m)-[r:{{edge}}]-(o)
            WHERE r.asserting > 0 AND {{ActiveOn("r")}}
            WITH near, collect(DISTINCT r) AS rels, collect(DISTINCT o) AS far
            RETURN [f IN near + [x IN far WHERE NOT x IN near] | {{FactionList("f")}}] AS factions,
                   [r IN rels | {{RelationList("r")}}] AS relations
            """;
    }

    /// <summary>
    /// Edges by id; the caller splits each id into its ends and type, so both ends are index seeks. The
    /// relation types are named so that Neo4j, expanding from either end, never walks a popular
    /// faction's MENTIONS or NAMES.
    /// </summary>
    public static string GetRelationsById => $$"""
        UNWIND $rows AS row
        WITH row, row.source AS source, row.target AS target
        MATCH (s:Faction {id: source})-[r:{{AnyRelationType}}]->(t:Faction {id: target})
        WHERE type(r) = row.type AND r.id = row.id
        RETURN {{RelationColumns}}
        """;

    /// <summary>
    /// Which of the edges ($rows: id, type, and the positions in $ids of source and target) are there
    /// already, for a group of articles about to be written. Each faction is looked up once, not
    /// once per edge end as <see cref="GetRelationsById"/> does (a Lucene seek each on Neo4j 3.1); a
    /// faction not there keeps its place in the list as [null], so the positions hold.
    /// </summary>
    public static string ExistingRelations => $$"""
        UNWIND $ids AS nodeId
        OPTIONAL MATCH (node:Faction {id: nodeId})
        WITH collect([node]) AS nodes
        UNWIND $rows AS row
        WITH nodes[row.sourceIndex][0] AS s, nodes[row.targetIndex][0] AS t, row
        WHERE s IS NOT NULL AND t IS NOT NULL
        MATCH (s)-[r:{{AnyRelationType}}]->(t)
        WHERE type(r) = row.type AND r.id = row.id
        RETURN r.id AS id
        """;

    /// <summary>Edges per faction as stored at write time (<see cref="RefreshDegrees"/>), factions without edges left out.</summary>
    public const string GetDegrees = """
        UNWIND $ids AS id
        MATCH (f:Faction {id: id})
        WITH id, coalesce(f.degree, 0) AS degree
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

    /// <summary>Per faction ($ids), a page of the articles mentioning it in <see cref="SearchArticles"/>'s order, with the total.</summary>
    public const string ArticlesMentioning = """
        UNWIND $ids AS id
        MATCH (f:Faction {id: id})
        OPTIONAL MATCH (a:Article)-[:MENTIONS]->(f)
        WITH id, a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
        WITH id, collect(a) AS mentioning
        RETURN id, size(mentioning) AS total,
               [x IN mentioning[$offset..($offset + $first)] | [x.id, x.title, x.url, x.publishedAt, x.outlet, x.repeats]] AS page
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
