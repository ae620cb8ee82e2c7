namespace FactionGraph.Storage.Neo4j;

/// <summary>
/// Uniqueness constraints (which also index the ids), the evidence-by-edge index and the merges-by-faction index (for undoing a merge), per server
/// version: 3.x has no IF NOT EXISTS but accepts an existing identical rule again; 4.4+/5 need names
/// and IF NOT EXISTS. Kept in step with graph-seed/schema-neo4j3.cypher and schema-neo4j5.cypher.
/// Each statement runs in its own transaction (Neo4j forbids mixing schema and data changes).
/// </summary>
public static class CypherSchema
{
    public static IReadOnlyList<string> Neo4j3 { get; } =
    [
        "CREATE CONSTRAINT ON (f:Faction) ASSERT f.id IS UNIQUE",
        "CREATE CONSTRAINT ON (n:Name) ASSERT n.key IS UNIQUE",
        "CREATE CONSTRAINT ON (a:Article) ASSERT a.id IS UNIQUE",
        "CREATE CONSTRAINT ON (e:Evidence) ASSERT e.id IS UNIQUE",
        "CREATE INDEX ON :Evidence(relationId)",
        "CREATE CONSTRAINT ON (c:CuratorAction) ASSERT c.id IS UNIQUE",
        "CREATE INDEX ON :CuratorAction(mergeId)",
        "CREATE INDEX ON :ArticleBand(key)",
    ];

    public static IReadOnlyList<string> Neo4j5 { get; } =
    [
        "CREATE CONSTRAINT faction_id IF NOT EXISTS FOR (f:Faction) REQUIRE f.id IS UNIQUE",
        "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE",
        "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
        "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE",
        "CREATE INDEX evidence_relation IF NOT EXISTS FOR (e:Evidence) ON (e.relationId)",
        "CREATE CONSTRAINT curator_action_id IF NOT EXISTS FOR (c:CuratorAction) REQUIRE c.id IS UNIQUE",
        "CREATE INDEX curator_action_merge IF NOT EXISTS FOR (c:CuratorAction) ON (c.mergeId)",
        "CREATE INDEX article_band IF NOT EXISTS FOR (b:ArticleBand) ON (b.key)",
    ];

    /// <summary>The DDL for a server of this major version.</summary>
    public static IReadOnlyList<string> For(int major) => major >= 4 ? Neo4j5 : Neo4j3;
}
