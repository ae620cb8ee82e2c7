using System.Text.Json;
using FactionGraph.Model;
using Microsoft.Data.Sqlite;

namespace FactionGraph.Storage.Embedded;

/// <summary>Analysts' corrections: naming, merging and unmerging factions, each recorded in the same transaction.</summary>
public sealed partial class SqliteGraphStore
{
    public async Task AddAliasAsync(string factionId, string alias, Curator curator, CancellationToken ct)
    {
        await InWriteTransactionAsync(async (connection, tx) =>
        {
            await RequireFactionAsync(connection, tx, factionId, ct);
            if (!await AddNameAsync(connection, tx, factionId, alias, ct))
                throw new GraphStoreException($"The name '{alias}' already belongs to another faction.", GraphStoreErrors.NameTaken);
            await LogChangesAsync(connection, tx, GraphIndex.FactionKind, [factionId], ct);
            await RecordAsync(connection, tx, CuratorActions.AddAlias, curator, [("factionId", factionId), ("alias", alias)], [factionId], null, ct);
        }, ct);
    }

    public async Task MergeFactionsAsync(string keepId, string mergeId, Curator curator, CancellationToken ct)
    {
        if (keepId == mergeId) throw new GraphStoreException("A faction cannot be merged into itself.", GraphStoreErrors.InvalidArgument);
        await InWriteTransactionAsync(() => MergeSnapshot.TakeAsync(this, keepId, mergeId, ct), async (connection, tx, snapshot) =>
        {
            var merged = snapshot.Merged;
            await ExecuteAsync(connection, tx, "UPDATE names SET faction_id = @keep WHERE faction_id = @merge", ct, ("@keep", keepId), ("@merge", mergeId));
            foreach (var name in merged.Aliases.Prepend(merged.Name)) await AddNameAsync(connection, tx, keepId, name, ct);
            await ExecuteAsync(connection, tx, """
                INSERT OR IGNORE INTO mentions (article_id, faction_id) SELECT article_id, @keep FROM mentions WHERE faction_id = @merge;
                DELETE FROM mentions WHERE faction_id = @merge;
                UPDATE factions SET
                  first_seen = (SELECT min(d) FROM (SELECT first_seen d FROM factions WHERE id IN (@keep, @merge))),
                  last_seen = (SELECT max(d) FROM (SELECT last_seen d FROM factions WHERE id IN (@keep, @merge)))
                WHERE id = @keep;
                DELETE FROM factions WHERE id = @merge;
                """, ct, ("@keep", keepId), ("@merge", mergeId));
            await MoveRelationsAsync(connection, tx, keepId, mergeId, ct);
            await LogChangesAsync(connection, tx, GraphIndex.FactionKind, [keepId, mergeId], ct);
            await RecordAsync(connection, tx, CuratorActions.MergeFactions, curator, [("keepId", keepId), ("mergeId", mergeId)], [keepId, mergeId], snapshot.ToJson(), ct);
            return true;
        }, ct);
    }

    public Task<string> UnmergeFactionsAsync(string mergeId, Curator curator, CancellationToken ct) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            string? mergeAction = null, undo = null;
            await using (var read = Command(connection, tx, $"""
                SELECT id, undo FROM curator_actions
                WHERE action = '{CuratorActions.MergeFactions}' AND undone_by IS NULL AND json_extract(arguments, '$.mergeId') = @m
                ORDER BY seq DESC LIMIT 1
                """, ("@m", mergeId)))
            await using (var reader = await read.ExecuteReaderAsync(ct))
                if (await reader.ReadAsync(ct)) (mergeAction, undo) = (reader.GetString(0), NullableString(reader, 1));
            if (mergeAction is null || undo is null)
                throw new GraphStoreException($"No merge of '{mergeId}' is left to undo.", GraphStoreErrors.NotFound);
            var snapshot = MergeSnapshot.FromJson(undo);
            var keepId = snapshot.Kept.Id;
            var present = await ExistingFactionsAsync(connection, tx, [mergeId, keepId], ct);
            if (present.Contains(mergeId))
                throw new GraphStoreException($"A faction with the id '{mergeId}' exists again; it cannot be restored over it.", GraphStoreErrors.InvalidArgument);
            if (!present.Contains(keepId))
                throw new GraphStoreException($"'{keepId}', which '{mergeId}' was merged into, has since been merged away; unmerge that first.", GraphStoreErrors.InvalidArgument);
            var plan = UnmergePlan.Of(snapshot, await RequireFactionAsync(connection, tx, keepId, ct));
            var gone = plan.OtherEnds.Except(await ExistingFactionsAsync(connection, tx, plan.OtherEnds, ct)).ToList();
            if (gone.Count > 0)
                throw new GraphStoreException($"'{mergeId}' had edges to {string.Join(", ", gone.Select(g => $"'{g}'"))}, since merged away; unmerge that first.", GraphStoreErrors.InvalidArgument);

            var restored = plan.Restored;
            await ExecuteAsync(connection, tx, "INSERT INTO factions (id, name, kind, aliases, first_seen, last_seen) VALUES (@id, @name, @kind, @aliases, @first, @last)", ct,
                ("@id", restored.Id), ("@name", restored.Name), ("@kind", WireName.Of(restored.Kind)), ("@aliases", JsonSerializer.Serialize(restored.Aliases)),
                ("@first", restored.FirstSeen), ("@last", restored.LastSeen));
            await ExecuteAsync(connection, tx, "UPDATE factions SET aliases = @aliases WHERE id = @k", ct, ("@aliases", JsonSerializer.Serialize(plan.KeptAliases)), ("@k", keepId));
            await ForEachChunkAsync(connection, tx, plan.NameKeysBack, list => $"UPDATE names SET faction_id = @m WHERE faction_id = @k AND key IN ({list})", ct, ("@m", mergeId), ("@k", keepId));
            foreach (var article in plan.MentionsBack)
                await ExecuteAsync(connection, tx, "INSERT OR IGNORE INTO mentions (article_id, faction_id) VALUES (@a, @m)", ct, ("@a", article), ("@m", mergeId));
            await ForEachChunkAsync(connection, tx, plan.KeptMentionsDropped, list => $"DELETE FROM mentions WHERE faction_id = @k AND article_id IN ({list})", ct, ("@k", keepId));
            // The kept faction's dates are those of the articles still mentioning it, as ingestion sets them.
            await ExecuteAsync(connection, tx, """
                UPDATE factions SET
                  first_seen = (SELECT min(a.published_at) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.faction_id = @k),
                  last_seen = (SELECT max(a.published_at) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.faction_id = @k)
                WHERE id = @k
                """, ct, ("@k", keepId));

            await ForEachChunkAsync(connection, tx, plan.CopiedEvidenceIds, list => $"DELETE FROM evidence WHERE id IN ({list})", ct);
            foreach (var r in plan.EdgesBack)
                await ExecuteAsync(connection, tx, "INSERT OR IGNORE INTO relations (id, type, source, target) VALUES (@id, @type, @s, @t)", ct,
                    ("@id", r.Id), ("@type", WireName.Of(r.Type)), ("@s", r.Source), ("@t", r.Target));
            foreach (var (id, relationId, e) in plan.EvidenceBack)
                await ExecuteAsync(connection, tx, """
                    INSERT OR IGNORE INTO evidence (id, relation_id, article_id, quote, start, end, rule, confidence, stance, date)
                    VALUES (@id, @rel, @article, @quote, @start, @end, @rule, @confidence, @stance, @date)
                    """, ct, ("@id", id), ("@rel", relationId), ("@article", e.ArticleId), ("@quote", e.Quote), ("@start", e.Start), ("@end", e.End),
                    ("@rule", e.Rule), ("@confidence", e.Confidence), ("@stance", WireName.Of(e.Stance)), ("@date", e.Date));
            // An edge of the kept faction that only the merged one's evidence supported goes with it.
            await ForEachChunkAsync(connection, tx, plan.JoinedEdgeIds,
                list => $"DELETE FROM relations WHERE id IN ({list}) AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relation_id = relations.id)", ct);
            await RefreshRelationsAsync(connection, tx, [.. plan.EdgesBack.Select(r => r.Id).Concat(plan.JoinedEdgeIds).Distinct()], ct);
            await LogChangesAsync(connection, tx, GraphIndex.FactionKind, [keepId, mergeId], ct);

            var unmerge = await RecordAsync(connection, tx, CuratorActions.UnmergeFactions, curator, [("mergeId", mergeId), ("keepId", keepId)], [keepId, mergeId], null, ct);
            await ExecuteAsync(connection, tx, "UPDATE curator_actions SET undone_by = @u WHERE id = @id", ct, ("@u", unmerge), ("@id", mergeAction));
            return keepId;
        }, ct);

    public async Task<IReadOnlyList<CuratorAction>> GetCuratorActionsAsync(string? factionId, int first, CancellationToken ct) =>
        await QueryAsync($"""
            SELECT id, action, curator, at, arguments, undone_by FROM curator_actions
            {(factionId is null ? "" : "WHERE EXISTS (SELECT 1 FROM json_each(curator_actions.faction_ids) WHERE value = @f)")}
            ORDER BY seq DESC LIMIT @n
            """, r => new CuratorAction(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(4)) ?? [], NullableString(r, 5)),
            ct, ("@f", factionId), ("@n", first));

    /// <summary>Writes the record of a curator action; returns its id.</summary>
    static async Task<string> RecordAsync(SqliteConnection connection, SqliteTransaction tx, string action, Curator curator,
        (string Name, string Value)[] arguments, string[] factionIds, string? undo, CancellationToken ct)
    {
        var id = CuratorRecords.NewId();
        await ExecuteAsync(connection, tx, """
            INSERT INTO curator_actions (id, action, curator, at, arguments, faction_ids, undo)
            VALUES (@id, @action, @curator, @at, @arguments, @factions, @undo)
            """, ct, ("@id", id), ("@action", action), ("@curator", curator.Id), ("@at", CuratorRecords.Now()),
            ("@arguments", JsonSerializer.Serialize(arguments.ToDictionary(a => a.Name, a => a.Value))),
            ("@factions", JsonSerializer.Serialize(factionIds)), ("@undo", undo));
        return id;
    }

    static async Task<HashSet<string>> ExistingFactionsAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct().Chunk(5_000))
        {
            var (list, parameters) = InList(chunk);
            await using var read = Command(connection, tx, $"SELECT id FROM factions WHERE id IN ({list})", parameters);
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) found.Add(reader.GetString(0));
        }
        return found;
    }

    /// <summary>Runs a statement over an IN list of any length, a few thousand values at a time (SQLite bounds the parameters of a statement).</summary>
    static async Task ForEachChunkAsync(SqliteConnection connection, SqliteTransaction tx, IEnumerable<string> values, Func<string, string> sql,
        CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        foreach (var chunk in values.Distinct().Chunk(5_000))
        {
            var (list, listParameters) = InList(chunk, "v");
            await ExecuteAsync(connection, tx, sql(list), ct, [.. listParameters, .. parameters]);
        }
    }

    /// <summary>
    /// Re-points every edge of the merged faction; edges that become equal join, with all their evidence, and
    /// edges between the two factions are dropped rather than turned into self-loops.
    /// </summary>
    static async Task MoveRelationsAsync(SqliteConnection connection, SqliteTransaction tx, string keepId, string mergeId, CancellationToken ct)
    {
        var moved = new List<Relation>();
        await using (var read = Command(connection, tx, $"SELECT {RelationColumns} FROM relations r WHERE r.source = @m OR r.target = @m", ("@m", mergeId)))
        await using (var reader = await read.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) moved.Add(ReadRelation(reader));
        var touched = new HashSet<string>();
        foreach (var r in moved)
        {
            string Swap(string end) => end == mergeId ? keepId : end;
            if (Swap(r.Source) == Swap(r.Target))
            {
                // An edge between the two factions would become a self-loop (X MEMBER_OF X): it says nothing once they are one.
                await ExecuteAsync(connection, tx, "DELETE FROM evidence WHERE relation_id = @old; DELETE FROM relations WHERE id = @old;", ct, ("@old", r.Id));
                continue;
            }
            var id = Relation.IdOf(r.Type, Swap(r.Source), Swap(r.Target));
            await ExecuteAsync(connection, tx, """
                INSERT OR IGNORE INTO relations (id, type, source, target) VALUES (@id, @type, @s, @t);
                INSERT OR IGNORE INTO evidence (id, relation_id, article_id, quote, start, end, rule, confidence, stance, date)
                  SELECT @id || '@' || article_id || ':' || start, @id, article_id, quote, start, end, rule, confidence, stance, date
                  FROM evidence WHERE relation_id = @old;
                DELETE FROM evidence WHERE relation_id = @old;
                DELETE FROM relations WHERE id = @old;
                """, ct, ("@id", id), ("@type", WireName.Of(r.Type)), ("@s", Swap(r.Source)), ("@t", Swap(r.Target)), ("@old", r.Id));
            touched.Add(id);
        }
        await RefreshRelationsAsync(connection, tx, touched, ct);
        await LogChangesAsync(connection, tx, GraphIndex.RelationKind, moved.Select(r => r.Id), ct); // the old edges, now gone
    }

    static async Task<Faction> RequireFactionAsync(SqliteConnection connection, SqliteTransaction tx, string id, CancellationToken ct)
    {
        await using var command = Command(connection, tx, $"SELECT {FactionColumns} FROM factions f WHERE f.id = @id", ("@id", id));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadFaction(reader)
            : throw new GraphStoreException($"No faction has the id '{id}'.", GraphStoreErrors.NotFound);
    }

    Task InWriteTransactionAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken ct) =>
        InWriteTransactionAsync(async (connection, tx) => { await work(connection, tx); return true; }, ct);

    /// <summary>One writer at a time (SQLite's rule), one transaction; rolled back unless the work completes.</summary>
    Task<T> InWriteTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct) =>
        InWriteTransactionAsync(() => Task.FromResult(true), (connection, tx, _) => work(connection, tx), ct);

    /// <summary>
    /// As above, with reads made through the store's own read path under the write lock before the transaction
    /// opens: no other write can land between them and the work, and the in-memory index, which may write
    /// to catch up, does not meet the transaction's lock.
    /// </summary>
    async Task<T> InWriteTransactionAsync<TRead, T>(Func<Task<TRead>> read, Func<SqliteConnection, SqliteTransaction, TRead, Task<T>> work, CancellationToken ct)
    {
        await writeLock.WaitAsync(ct);
        try
        {
            var before = await read();
            await using var connection = await OpenAsync(ct);
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            var result = await work(connection, tx, before);
            // The change log only has to reach back as far as the slowest index; one further behind reloads.
            await ExecuteAsync(connection, tx, "DELETE FROM changes WHERE seq < (SELECT max(seq) FROM changes) - @kept", ct, ("@kept", GraphIndex.ChangesKept));
            await tx.CommitAsync(ct);
            index?.Committed();
            return result;
        }
        finally { writeLock.Release(); }
    }
}
