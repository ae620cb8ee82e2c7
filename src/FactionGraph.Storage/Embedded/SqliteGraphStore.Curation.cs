using FactionGraph.Model;
using FactionGraph.Names;
using Microsoft.Data.Sqlite;

namespace FactionGraph.Storage.Embedded;

/// <summary>Analysts' corrections: naming and merging factions.</summary>
public sealed partial class SqliteGraphStore
{
    public async Task AddAliasAsync(string factionId, string alias, CancellationToken ct)
    {
        await InWriteTransactionAsync(async (connection, tx) =>
        {
            await RequireFactionAsync(connection, tx, factionId, ct);
            if (!await AddNameAsync(connection, tx, factionId, alias, ct))
                throw new GraphStoreException($"The name '{alias}' already belongs to another faction.", GraphStoreErrors.NameTaken);
            await LogChangesAsync(connection, tx, GraphIndex.FactionKind, [factionId], ct);
        }, ct);
    }

    public async Task MergeFactionsAsync(string keepId, string mergeId, CancellationToken ct)
    {
        if (keepId == mergeId) throw new GraphStoreException("A faction cannot be merged into itself.", GraphStoreErrors.InvalidArgument);
        await InWriteTransactionAsync(async (connection, tx) =>
        {
            await RequireFactionAsync(connection, tx, keepId, ct);
            var merged = await RequireFactionAsync(connection, tx, mergeId, ct);
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
        }, ct);
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
    async Task<T> InWriteTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct)
    {
        await writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            var result = await work(connection, tx);
            // The change log only has to reach back as far as the slowest index; one further behind reloads.
            await ExecuteAsync(connection, tx, "DELETE FROM changes WHERE seq < (SELECT max(seq) FROM changes) - @kept", ct, ("@kept", GraphIndex.ChangesKept));
            await tx.CommitAsync(ct);
            index?.Committed();
            return result;
        }
        finally { writeLock.Release(); }
    }
}
