using FactionGraph.Model;

namespace FactionGraph.Storage.Neo4j;

/// <summary>Ingestion: the statements of a group of articles (one or many), sent together as one transaction, in this order; rows in the articles' order.</summary>
public static partial class Cypher
{
    /// <summary>The articles; never updated once there (like the embedded store's INSERT OR IGNORE).</summary>
    public const string UpsertArticles = """
        UNWIND $rows AS row
        MERGE (a:Article {id: row.id})
        ON CREATE SET a.title = row.title, a.url = row.url, a.publishedAt = row.publishedAt, a.outlet = row.outlet,
                      a.repeats = row.repeats, a.signature = row.signature
        """;

    /// <summary>The band keys of new articles' fingerprints (rows: key, articleId), for later articles to find them by.</summary>
    public const string AddArticleBands = """
        UNWIND $rows AS row
        CREATE (:ArticleBand {key: row.key, articleId: row.articleId})
        """;

    /// <summary>Articles that share a band key with any of $keys: the only ones a new article may repeat.</summary>
    public const string RepeatCandidates = """
        UNWIND $keys AS key
        MATCH (b:ArticleBand {key: key})
        WITH DISTINCT b.articleId AS articleId
        MATCH (a:Article {id: articleId})
        RETURN a.id AS id, a.signature AS signature, a.repeats AS repeats
        """;

    /// <summary>
    /// Factions by id, one row each (the caller folds a group's mentions of a faction into one row:
    /// the first name and kind, the earliest and latest dates); name and kind are kept from the first
    /// article (coalesce also fills a node an edge created bare); first/last seen widen to the row's
    /// dates. A faction the row changes nothing of is not written: most rows of a group name factions
    /// already there, seen on dates within their span.
    /// </summary>
    public const string UpsertFactions = """
        UNWIND $rows AS row
        MERGE (f:Faction {id: row.id})
        WITH f, row
        WHERE f.name IS NULL OR f.kind IS NULL OR f.aliases IS NULL
           OR (row.firstSeen IS NOT NULL AND (f.firstSeen IS NULL OR row.firstSeen < f.firstSeen))
           OR (row.lastSeen IS NOT NULL AND (f.lastSeen IS NULL OR row.lastSeen > f.lastSeen))
        SET f.name = coalesce(f.name, row.name), f.kind = coalesce(f.kind, row.kind), f.aliases = coalesce(f.aliases, []),
            f.firstSeen = CASE WHEN row.firstSeen IS NULL OR (f.firstSeen IS NOT NULL AND f.firstSeen <= row.firstSeen) THEN f.firstSeen ELSE row.firstSeen END,
            f.lastSeen = CASE WHEN row.lastSeen IS NULL OR (f.lastSeen IS NOT NULL AND f.lastSeen >= row.lastSeen) THEN f.lastSeen ELSE row.lastSeen END
        """;

    /// <summary>
    /// Gives each name key to the faction unless another faction owns it: a shared name never merges
    /// two groups. Rows must have distinct keys (the caller keeps the first claim), because MERGE in
    /// one UNWIND does not see the earlier rows' claims in a fixed order.
    /// The owners are read from the Name side only, without a label (NAMES only ever points at a
    /// Faction): with (owner:Faction), Neo4j 3.1 plans a scan of every Faction per row whenever its
    /// statistics are stale (e.g. a fresh database), ~250 ms for a 1000-relation article. The edge is
    /// created only for a key nobody owns: a key the faction owns already has it, and most keys of a
    /// group are such repeats. Returns how many keys the faction owns now (AddAlias reads it).
    /// </summary>
    public const string ClaimNames = """
        UNWIND $rows AS row
        MERGE (f:Faction {id: row.factionId})
        MERGE (n:Name {key: row.key})
        WITH f, n, [(n)-[:NAMES]->(owner) | owner.id] AS owners
        WHERE size(owners) = 0 OR f.id IN owners
        FOREACH (_ IN CASE WHEN size(owners) = 0 THEN [1] ELSE [] END | CREATE (n)-[:NAMES]->(f))
        RETURN count(*) AS claimed
        """;

    /// <summary>
    /// Adds each spelling to the aliases of the faction that owns its key, in row order, once. A
    /// spelling the faction has already is dropped before anything is written: every article names its
    /// factions with all their gazetteer spellings, so nearly every row is such a repeat, and writing
    /// the unchanged list back for each was the costliest part of a group's transaction.
    /// </summary>
    public const string AppendAliases = """
        UNWIND $rows AS row
        MERGE (n:Name {key: row.key})
        MERGE (f:Faction {id: row.factionId})
        WITH n, f, row
        WHERE NOT (row.name = f.name OR row.name IN coalesce(f.aliases, []))
        MATCH (n)-[:NAMES]->(f)
        SET f.aliases = coalesce(f.aliases, []) + row.name
        """;

    /// <summary>
    /// The articles' MENTIONS edges, once each (rows: an article id and the positions in $ids of its
    /// distinct factions). Each faction is looked up once for the statement, not once per article
    /// that names it (<see cref="NodesOnce"/>). The factions an article already mentions are read
    /// once, not per faction: MERGE (a)-[:MENTIONS]->(f) makes Neo4j 3.1 expand the article's or the
    /// faction's edges for every row (quadratic in a big article, linear in a popular faction's mentions).
    /// </summary>
    public const string AddMentions = $$"""
        {{NodesOnce}}
        UNWIND $rows AS row
        MERGE (a:Article {id: row.articleId})
        WITH a, nodes, row, [(a)-[:MENTIONS]->(m) | m] AS mentioned
        UNWIND row.factionIdsIndex AS i
        WITH a, nodes[i] AS f, mentioned WHERE NOT f IN mentioned
        CREATE (a)-[:MENTIONS]->(f)
        """;

    /// <summary>
    /// Evidence by its stable id (never updated), linked to the article it quotes. The FROM edge is
    /// looked for from the evidence (one edge at most), never from the article: MERGE (e)-[:FROM]->(a)
    /// makes Neo4j 3.1 expand the article's growing list of evidence for every row (quadratic).
    /// Rows must have distinct ids (the caller keeps the first), so no row looks for an edge an
    /// earlier row of the same statement made. Each article ($ids) is looked up once for the
    /// statement (<see cref="NodesOnce"/>), not once per piece of evidence quoting it.
    /// </summary>
    public const string UpsertEvidence = $$"""
        {{ArticlesOnce}}
        UNWIND $rows AS row
        MERGE (e:Evidence {id: row.id})
        ON CREATE SET e.relationId = row.relationId, e.articleId = row.articleId, e.quote = row.quote,
                      e.`start` = row.`start`, e.`end` = row.`end`, e.rule = row.rule,
                      e.confidence = row.confidence, e.stance = row.stance, e.date = row.date
        WITH e, nodes[row.articleIdIndex] AS a
        WITH e, a, [(e)-[:FROM]->(linked) | linked] AS linked
        WHERE NOT a IN linked
        CREATE (e)-[:FROM]->(a)
        """;

    // Index lookups take a plain variable, never a property of one (r.id, row.x): Neo4j 3.1 turns
    // the latter into a scan of the whole index for every row, which makes a batch quadratic.

    /// <summary>
    /// The opening of a statement whose rows name factions or articles by position in $ids
    /// (<c>row.sourceIndex</c>, …; Neo4jWriteBatch.AddRowsByNode): each node is MERGEd (found, or
    /// made bare) once, into the list <c>nodes</c>. On Neo4j 3.1 every MERGE on a unique key is a
    /// locking Lucene seek, and looking up each end of each row made them most of a group's work.
    /// </summary>
    const string NodesOnce = """
        UNWIND $ids AS nodeId
        MERGE (node:Faction {id: nodeId})
        WITH collect(node) AS nodes
        """;

    /// <summary><see cref="NodesOnce"/> for articles.</summary>
    const string ArticlesOnce = """
        UNWIND $ids AS nodeId
        MERGE (node:Article {id: nodeId})
        WITH collect(node) AS nodes
        """;

    /// <summary>
    /// Edges of one type, then their derived properties recomputed from all their evidence (written
    /// before, in the same transaction): asserting/denying counts, highest confidence, and since =
    /// earliest date of evidence that does not deny. Endpoints are MERGEd, not MATCHed: Neo4j 3.1
    /// plans MATCH-then-MERGE on an empty relationship store very badly (~50 edges/s instead of thousands).
    /// An edge that was not there adds one to the stored degree of each of its ends (one for a
    /// self-loop, as <see cref="RefreshDegrees"/> counts it): recounting every edge of both ends, as
    /// ingestion did, walked all the edges of the busiest factions once per group. Rows must be
    /// distinct edges; a repeated row finds its edge and adds nothing, so a retry counts nothing twice.
    /// </summary>
    public static string UpsertRelations(RelationType type) => $$"""
        {{NodesOnce}}
        UNWIND $rows AS row
        WITH nodes[row.sourceIndex] AS s, nodes[row.targetIndex] AS t, row
        WITH s, t, row, size([(s)-[x:{{TypeOf(type)}}]->(t) | x]) AS before
        MERGE (s)-[r:{{TypeOf(type)}}]->(t)
        ON CREATE SET r.id = row.id
        FOREACH (f IN CASE WHEN before > 0 THEN [] WHEN s = t THEN [s] ELSE [s, t] END | SET f.degree = coalesce(f.degree, 0) + 1)
        WITH DISTINCT r, r.id AS relationId
        OPTIONAL MATCH (e:Evidence {relationId: relationId})
        WITH r,
             count(CASE WHEN e.stance <> '{{Denied}}' THEN 1 END) AS asserting,
             count(CASE WHEN e.stance = '{{Denied}}' THEN 1 END) AS denying,
             max(e.confidence) AS confidence,
             min(CASE WHEN e.stance <> '{{Denied}}' THEN e.date END) AS since
        SET r.asserting = asserting, r.denying = denying, r.confidence = coalesce(confidence, 0.0), r.since = since
        """;

    /// <summary>
    /// A membership ends at the earliest non-denied report of leaving (the LEFT edge with the same
    /// ends) on or after the day it began. Rows: source, target (positions in $ids, <see cref="NodesOnce"/>), leftId.
    /// </summary>
    public static string RefreshMemberships => $$"""
        {{NodesOnce}}
        UNWIND $rows AS row
        WITH nodes[row.sourceIndex] AS s, nodes[row.targetIndex] AS t, row.leftId AS leftId
        MATCH (s)-[m:{{TypeOf(RelationType.MemberOf)}}]->(t)
        OPTIONAL MATCH (l:Evidence {relationId: leftId})
        WITH m, min(CASE WHEN l.stance <> '{{Denied}}' AND (m.since IS NULL OR l.date >= m.since) THEN l.date END) AS until
        SET m.until = until
        """;

    /// <summary>Counts each faction's edges (a self-loop once) over the relation types only, never MENTIONS or NAMES.</summary>
    static string DegreeOf(string f) =>
        $"size([({f})-[out:{AnyRelationType}]->(:Faction) | out]) + size([(other:Faction)-[inc:{AnyRelationType}]->({f}) WHERE other <> {f} | inc])";

    /// <summary>
    /// Stores the degree of the factions whose edges a curator's change moved or deleted ($ids), so
    /// reads never count edges. Ingestion only adds edges and counts them as it creates them (<see cref="UpsertRelations"/>).
    /// </summary>
    public static string RefreshDegrees => $$"""
        UNWIND $ids AS id
        MATCH (f:Faction {id: id})
        SET f.degree = {{DegreeOf("f")}}
        """;

    /// <summary>Stores the degrees a database written before degrees were kept lacks, a thousand factions per statement (0 when done).</summary>
    public static string FillMissingDegrees => $$"""
        MATCH (f:Faction) WHERE f.degree IS NULL
        WITH f LIMIT 1000
        SET f.degree = {{DegreeOf("f")}}
        RETURN count(f) AS filled
        """;
}
