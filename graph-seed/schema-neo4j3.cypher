// Neo4j 3.x schema of FactionGraph; the store runs the same statements at startup (CypherSchema.Neo4j3).
CREATE CONSTRAINT ON (f:Faction) ASSERT f.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Name) ASSERT n.key IS UNIQUE;
CREATE CONSTRAINT ON (a:Article) ASSERT a.id IS UNIQUE;
CREATE CONSTRAINT ON (e:Evidence) ASSERT e.id IS UNIQUE;
CREATE INDEX ON :Evidence(relationId);
CREATE CONSTRAINT ON (c:CuratorAction) ASSERT c.id IS UNIQUE;
CREATE INDEX ON :CuratorAction(mergeId);
CREATE INDEX ON :ArticleBand(key);
