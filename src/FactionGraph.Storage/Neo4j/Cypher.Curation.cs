namespace FactionGraph.Storage.Neo4j;

/// <summary>
/// Merging two factions, in one transaction: names, aliases (<see cref="ClaimNames"/>,
/// <see cref="AppendAliases"/>), mentions and dates move to the kept faction; evidence is copied
/// to the re-pointed edges (<see cref="MoveEvidence"/>), whose properties <see cref="UpsertRelations"/>
/// recomputes; last, the merged node goes with its old edges.
/// </summary>
public static partial class Cypher
{
    public const string MergeNames = """
        MATCH (m:Faction {id: $merge})
        MATCH (k:Faction {id: $keep})
        MATCH (n:Name)-[old:NAMES]->(m)
        MERGE (n)-[:NAMES]->(k)
        DELETE old
        """;

    public const string MergeMentions = """
        MATCH (m:Faction {id: $merge})
        MATCH (k:Faction {id: $keep})
        MATCH (a:Article)-[old:MENTIONS]->(m)
        MERGE (a)-[:MENTIONS]->(k)
        DELETE old
        """;

    public const string MergeSeen = """
        MATCH (m:Faction {id: $merge})
        MATCH (k:Faction {id: $keep})
        SET k.firstSeen = CASE WHEN m.firstSeen IS NULL OR (k.firstSeen IS NOT NULL AND k.firstSeen <= m.firstSeen) THEN k.firstSeen ELSE m.firstSeen END,
            k.lastSeen = CASE WHEN m.lastSeen IS NULL OR (k.lastSeen IS NOT NULL AND k.lastSeen >= m.lastSeen) THEN k.lastSeen ELSE m.lastSeen END
        """;

    /// <summary>
    /// Copies the evidence of each old edge (rows: oldId, newId) to the new edge id, under the id it
    /// would have had there; when that id exists already, the existing evidence is kept. Old evidence goes.
    /// </summary>
    public const string MoveEvidence = """
        UNWIND $rows AS row
        WITH row, row.oldId AS oldId
        MATCH (old:Evidence {relationId: oldId})
        MERGE (e:Evidence {id: row.newId + '@' + old.articleId + ':' + toString(old.`start`)})
        ON CREATE SET e.relationId = row.newId, e.articleId = old.articleId, e.quote = old.quote,
                      e.`start` = old.`start`, e.`end` = old.`end`, e.rule = old.rule,
                      e.confidence = old.confidence, e.stance = old.stance, e.date = old.date
        MERGE (a:Article {id: old.articleId})
        MERGE (e)-[:FROM]->(a)
        DETACH DELETE old
        """;

    /// <summary>Removes the evidence of edges a merge drops (those between the two factions).</summary>
    public const string DeleteEvidence = """
        UNWIND $rows AS row
        MATCH (old:Evidence {relationId: row.oldId})
        DETACH DELETE old
        """;

    /// <summary>Removes the merged faction and every edge it still has.</summary>
    public const string DeleteFaction = "MATCH (m:Faction {id: $merge}) DETACH DELETE m";

    /// <summary>Empties the database; used by tests only, never by the service.</summary>
    public const string DeleteAll = "MATCH (n) DETACH DELETE n";
}

/// <summary>
/// Undoing a merge (<see cref="UnmergePlan"/>) and the curators' record, in the transaction of the change
/// recorded. The restored faction is CREATEd, not MERGEd: the uniqueness constraint then makes a second,
/// concurrent undo of the same merge fail whole rather than apply twice.
/// </summary>
public static partial class Cypher
{
    public const string RecordCuratorAction = """
        CREATE (c:CuratorAction {id: $id, action: $action, curator: $curator, at: $at, arguments: $arguments,
                                 factionIds: $factionIds, mergeId: $mergeId, undo: $undo})
        """;

    /// <summary>Records an alias only if the faction owns the name once the claims of the same transaction ran.</summary>
    public const string RecordAliasAction = """
        MATCH (n:Name {key: $key})-[:NAMES]->(f:Faction {id: $factionId})
        CREATE (c:CuratorAction {id: $id, action: $action, curator: $curator, at: $at, arguments: $arguments, factionIds: $factionIds})
        """;

    public const string LatestMerge = $$"""
        MATCH (c:CuratorAction {mergeId: $merge})
        WHERE c.action = '{{CuratorActions.MergeFactions}}' AND c.undoneBy IS NULL
        RETURN c.id AS id, c.undo AS undo ORDER BY c.at DESC LIMIT 1
        """;

    public const string MarkUndone = "MATCH (c:CuratorAction {id: $id}) SET c.undoneBy = $undoneBy";

    public const string GetCuratorActions = """
        MATCH (c:CuratorAction)
        WHERE $faction IS NULL OR $faction IN c.factionIds
        RETURN c.id AS id, c.action AS action, c.curator AS curator, c.at AS at, c.arguments AS arguments, c.undoneBy AS undoneBy
        ORDER BY c.at DESC, c.id DESC LIMIT $first
        """;

    public const string RestoreFaction = """
        CREATE (f:Faction {id: $id, name: $name, kind: $kind, aliases: $aliases, firstSeen: $firstSeen, lastSeen: $lastSeen, degree: 0})
        """;

    public const string SetAliases = "MATCH (k:Faction {id: $keep}) SET k.aliases = $aliases";

    public const string NamesBack = """
        UNWIND $keys AS key
        MATCH (n:Name {key: key})-[old:NAMES]->(k:Faction {id: $keep})
        MATCH (m:Faction {id: $merge})
        CREATE (n)-[:NAMES]->(m)
        DELETE old
        """;

    public const string MentionsBack = """
        MATCH (m:Faction {id: $merge})
        UNWIND $articleIds AS articleId
        MATCH (a:Article {id: articleId})
        CREATE (a)-[:MENTIONS]->(m)
        """;

    public const string DropMentions = """
        UNWIND $articleIds AS articleId
        MATCH (a:Article {id: articleId})-[r:MENTIONS]->(k:Faction {id: $keep})
        DELETE r
        """;

    /// <summary>The kept faction's dates again from the articles that still mention it, as ingestion sets them.</summary>
    public const string SeenFromMentions = """
        MATCH (k:Faction {id: $keep})
        OPTIONAL MATCH (a:Article)-[:MENTIONS]->(k)
        WITH k, min(a.publishedAt) AS first, max(a.publishedAt) AS last
        SET k.firstSeen = first, k.lastSeen = last
        """;

    public const string DeleteEvidenceById = """
        UNWIND $ids AS id
        MATCH (e:Evidence {id: id})
        DETACH DELETE e
        """;

    /// <summary>Removes edges (rows: id, source, target) left without any evidence.</summary>
    public const string DeleteUnsupportedRelations = """
        UNWIND $rows AS row
        WITH row.id AS id, row.source AS source, row.target AS target
        MATCH (s:Faction {id: source})-[r]->(t:Faction {id: target})
        WHERE r.id = id AND coalesce(r.asserting, 0) + coalesce(r.denying, 0) = 0
        DELETE r
        """;
}
