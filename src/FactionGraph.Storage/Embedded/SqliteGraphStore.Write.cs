using System.Text.Json;
using FactionGraph.Model;
using FactionGraph.Names;
using Microsoft.Data.Sqlite;

namespace FactionGraph.Storage.Embedded;

public sealed partial class SqliteGraphStore
{
    public async Task<IngestOutcome> UpsertArticleAsync(Article article, ArticleExtraction extraction, CancellationToken ct) =>
        (await UpsertArticlesAsync([new(article, extraction)], ct))[0];

    public Task<IReadOnlyList<IngestOutcome>> UpsertArticlesAsync(IReadOnlyList<ExtractedArticle> articles, CancellationToken ct) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            var outcomes = new List<IngestOutcome>(articles.Count);
            foreach (var (article, extraction, fingerprint) in articles)
            {
                var outcome = await ApplyArticleAsync(connection, tx, article, extraction, ct);
                if (outcome.Applied && fingerprint is not null) await FingerprintAsync(connection, tx, article.Id, fingerprint, ct);
                outcomes.Add(outcome);
            }
            return (IReadOnlyList<IngestOutcome>)outcomes;
        }, ct);

    async Task<IngestOutcome> ApplyArticleAsync(SqliteConnection connection, SqliteTransaction tx, Article article, ArticleExtraction extraction, CancellationToken ct)
    {
        var applied = await ExecuteAsync(connection, tx,
            "INSERT OR IGNORE INTO articles (id, title, url, published_at, outlet) VALUES (@id, @title, @url, @published, @outlet)", ct,
            ("@id", article.Id), ("@title", article.Title), ("@url", article.Url), ("@published", article.PublishedAt), ("@outlet", article.Outlet));
        if (applied == 0) return new IngestOutcome(false, 0, 0, 0); // applied before: nothing changes
        var factions = 0;
        foreach (var faction in extraction.Entities)
            factions += await UpsertFactionAsync(connection, tx, faction, article, ct);
        var (relations, evidence) = await UpsertRelationsAsync(connection, tx, extraction.Relations, ct);
        await LogChangesAsync(connection, tx, GraphIndex.FactionKind, extraction.Entities.Select(f => f.Id), ct);
        return new IngestOutcome(true, factions, relations, evidence);
    }

    /// <summary>
    /// Links a new article to the earlier one it repeats, if any (the most similar above the threshold;
    /// a repeat of a repeat points at the original), then files its fingerprint for later articles.
    /// </summary>
    static async Task FingerprintAsync(SqliteConnection connection, SqliteTransaction tx, string articleId, ArticleFingerprint fingerprint, CancellationToken ct)
    {
        var bands = fingerprint.BandKeys;
        var (list, parameters) = InList(bands);
        var candidates = new List<(string Id, string Signature, string? Repeats)>();
        await using (var read = Command(connection, tx, $"""
            SELECT p.article_id, p.signature, a.repeats FROM article_prints p JOIN articles a ON a.id = p.article_id
            WHERE p.article_id IN (SELECT article_id FROM article_bands WHERE band IN ({list}))
            """, parameters))
        await using (var reader = await read.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) candidates.Add((reader.GetString(0), reader.GetString(1), NullableString(reader, 2)));
        var repeated = RepeatedArticles.Choose(fingerprint, candidates);
        if (repeated is not null)
            await ExecuteAsync(connection, tx, "UPDATE articles SET repeats = @r WHERE id = @id", ct, ("@r", repeated), ("@id", articleId));
        await ExecuteAsync(connection, tx, "INSERT OR IGNORE INTO article_prints (article_id, signature) VALUES (@id, @s)", ct, ("@id", articleId), ("@s", fingerprint.Signature));
        foreach (var band in bands)
            await ExecuteAsync(connection, tx, "INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (@b, @id)", ct, ("@b", band), ("@id", articleId));
    }

    async Task<int> UpsertFactionAsync(SqliteConnection connection, SqliteTransaction tx, Faction faction, Article article, CancellationToken ct)
    {
        var created = await ExecuteAsync(connection, tx,
            "INSERT OR IGNORE INTO factions (id, name, kind, aliases) VALUES (@id, @name, @kind, '[]')", ct,
            ("@id", faction.Id), ("@name", faction.Name), ("@kind", WireName.Of(faction.Kind)));
        await ExecuteAsync(connection, tx, """
            UPDATE factions SET
              first_seen = CASE WHEN first_seen IS NULL OR first_seen > @date THEN @date ELSE first_seen END,
              last_seen = CASE WHEN last_seen IS NULL OR last_seen < @date THEN @date ELSE last_seen END
            WHERE id = @id AND @date IS NOT NULL
            """, ct, ("@id", faction.Id), ("@date", article.PublishedAt));
        await ExecuteAsync(connection, tx, "INSERT OR IGNORE INTO mentions (article_id, faction_id) VALUES (@a, @f)", ct, ("@a", article.Id), ("@f", faction.Id));
        foreach (var name in faction.Aliases.Prepend(faction.Name))
            await AddNameAsync(connection, tx, faction.Id, name, ct);
        return created;
    }

    /// <summary>Adds a name unless its key already belongs to another faction: two groups are never merged by a name.</summary>
    static async Task<bool> AddNameAsync(SqliteConnection connection, SqliteTransaction tx, string factionId, string name, CancellationToken ct)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0) return false;
        await ExecuteAsync(connection, tx, "INSERT OR IGNORE INTO names (key, faction_id) VALUES (@k, @f)", ct, ("@k", key), ("@f", factionId));
        await using var owner = Command(connection, tx, "SELECT faction_id FROM names WHERE key = @k", ("@k", key));
        if ((string?)await owner.ExecuteScalarAsync(ct) != factionId) return false;
        await using var read = Command(connection, tx, "SELECT name, aliases FROM factions WHERE id = @f", ("@f", factionId));
        await using var reader = await read.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return false;
        var canonical = reader.GetString(0);
        var aliases = JsonSerializer.Deserialize<List<string>>(reader.GetString(1)) ?? [];
        if (name == canonical || aliases.Contains(name)) return true;
        aliases.Add(name);
        await ExecuteAsync(connection, tx, "UPDATE factions SET aliases = @a WHERE id = @f", ct, ("@a", JsonSerializer.Serialize(aliases)), ("@f", factionId));
        return true;
    }

    static async Task<(int Relations, int Evidence)> UpsertRelationsAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<ExtractedRelation> relations, CancellationToken ct)
    {
        int created = 0, evidence = 0;
        var touched = new HashSet<string>();
        foreach (var r in relations)
        {
            var id = Relation.IdOf(r.Type, r.Source, r.Target);
            created += await ExecuteAsync(connection, tx,
                "INSERT OR IGNORE INTO relations (id, type, source, target) VALUES (@id, @type, @s, @t)", ct,
                ("@id", id), ("@type", WireName.Of(r.Type)), ("@s", r.Source), ("@t", r.Target));
            var e = r.Evidence;
            evidence += await ExecuteAsync(connection, tx, """
                INSERT OR IGNORE INTO evidence (id, relation_id, article_id, quote, start, end, rule, confidence, stance, date)
                VALUES (@id, @rel, @article, @quote, @start, @end, @rule, @confidence, @stance, @date)
                """, ct, ("@id", e.Id(id)), ("@rel", id), ("@article", e.ArticleId), ("@quote", e.Quote), ("@start", e.Start), ("@end", e.End),
                ("@rule", e.Rule), ("@confidence", e.Confidence), ("@stance", WireName.Of(e.Stance)), ("@date", e.Date));
            touched.Add(id);
        }
        await RefreshRelationsAsync(connection, tx, touched, ct);
        return (created, evidence);
    }

    /// <summary>Recomputes the derived edge properties (counts, since, until, confidence) from the evidence.</summary>
    static readonly string LeftMarker = $"~{WireName.Of(RelationType.Left)}~", MemberOfMarker = $"~{WireName.Of(RelationType.MemberOf)}~";

    static async Task RefreshRelationsAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyCollection<string> relationIds, CancellationToken ct)
    {
        var (list, parameters) = InList(relationIds);
        await ExecuteAsync(connection, tx, $"""
            UPDATE relations SET
              asserting = (SELECT count(*) FROM evidence e WHERE e.relation_id = relations.id AND e.stance <> 'DENIED'),
              denying = (SELECT count(*) FROM evidence e WHERE e.relation_id = relations.id AND e.stance = 'DENIED'),
              confidence = coalesce((SELECT max(e.confidence) FROM evidence e WHERE e.relation_id = relations.id), 0),
              since = (SELECT min(e.date) FROM evidence e WHERE e.relation_id = relations.id AND e.stance <> 'DENIED')
            WHERE id IN ({list})
            """, ct, parameters);
        // A membership ends at the earliest report of leaving after it began.
        var memberships = InList(relationIds.Select(id => id.Replace(LeftMarker, MemberOfMarker)), "m");
        await ExecuteAsync(connection, tx, $"""
            UPDATE relations SET until = (
              SELECT min(e.date) FROM relations l JOIN evidence e ON e.relation_id = l.id
              WHERE l.type = 'LEFT' AND l.source = relations.source AND l.target = relations.target
                AND e.stance <> 'DENIED' AND (relations.since IS NULL OR e.date >= relations.since))
            WHERE type = 'MEMBER_OF' AND id IN ({memberships.List})
            """, ct, memberships.Parameters);
        await LogChangesAsync(connection, tx, GraphIndex.RelationKind, relationIds.Concat(memberships.Parameters.Select(p => (string)p.Item2!)), ct);
    }
}
