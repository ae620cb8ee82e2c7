// Neo4j 4.4/5 schema of FactionGraph; the store runs the same statements at startup (CypherSchema.Neo4j5).
CREATE CONSTRAINT faction_id IF NOT EXISTS FOR (f:Faction) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;
CREATE INDEX evidence_relation IF NOT EXISTS FOR (e:Evidence) ON (e.relationId);
CREATE CONSTRAINT curator_action_id IF NOT EXISTS FOR (c:CuratorAction) REQUIRE c.id IS UNIQUE;
CREATE INDEX curator_action_merge IF NOT EXISTS FOR (c:CuratorAction) ON (c.mergeId);
CREATE INDEX article_band IF NOT EXISTS FOR (b:ArticleBand) ON (b.key);
