namespace FactionGraph.Storage.Embedded;

/// <summary>Tables of the embedded store. Same model as Neo4j: factions, names, articles, relations, evidence, and the curators' actions.</summary>
static class SqliteSchema
{
    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS factions (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL,
            first_seen TEXT, last_seen TEXT);
        CREATE INDEX IF NOT EXISTS factions_name ON factions(name COLLATE NOCASE);
        CREATE TABLE IF NOT EXISTS names (key TEXT PRIMARY KEY, faction_id TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS names_faction ON names(faction_id);
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT, published_at TEXT, outlet TEXT, repeats TEXT);
        CREATE TABLE IF NOT EXISTS article_prints (article_id TEXT PRIMARY KEY, signature TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS article_bands (band TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, article_id));
        CREATE TABLE IF NOT EXISTS mentions (
            article_id TEXT NOT NULL, faction_id TEXT NOT NULL, PRIMARY KEY (article_id, faction_id));
        CREATE INDEX IF NOT EXISTS mentions_faction ON mentions(faction_id);
        CREATE TABLE IF NOT EXISTS relations (
            id TEXT PRIMARY KEY, type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
            since TEXT, until TEXT, confidence REAL NOT NULL DEFAULT 0,
            asserting INTEGER NOT NULL DEFAULT 0, denying INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS relations_source ON relations(source);
        CREATE INDEX IF NOT EXISTS relations_target ON relations(target);
        CREATE TABLE IF NOT EXISTS evidence (
            id TEXT PRIMARY KEY, relation_id TEXT NOT NULL, article_id TEXT NOT NULL,
            quote TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, rule TEXT NOT NULL,
            confidence REAL NOT NULL, stance TEXT NOT NULL, date TEXT);
        CREATE INDEX IF NOT EXISTS evidence_relation ON evidence(relation_id);
        CREATE INDEX IF NOT EXISTS evidence_article ON evidence(article_id);
        CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, id TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS curator_actions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, action TEXT NOT NULL, curator TEXT NOT NULL,
            at TEXT NOT NULL, arguments TEXT NOT NULL, faction_ids TEXT NOT NULL, undo TEXT, undone_by TEXT);
        """;

    /// <summary>Columns added since the first release: a file made before gets them at startup (CREATE TABLE IF NOT EXISTS leaves it as it was).</summary>
    public static readonly (string Table, string Column, string Type)[] AddedColumns = [("articles", "repeats", "TEXT")];
}
