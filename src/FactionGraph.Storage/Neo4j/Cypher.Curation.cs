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
