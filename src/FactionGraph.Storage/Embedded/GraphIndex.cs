using System.Collections.Concurrent;
using FactionGraph.Model;
using Microsoft.Data.Sqlite;

namespace FactionGraph.Storage.Embedded;

/// <summary>
/// An in-memory copy of the embedded store's factions and edges, each edge listed under both of its
/// ends, so a neighbourhood or a path reads memory instead of running SQL per level. SQLite stays the
/// source of truth: every write transaction appends the ids it touched to the <c>changes</c> table,
/// and before each read the index asks SQLite (<c>PRAGMA data_version</c>, on a connection of its
/// own) whether anyone committed since; if so it re-reads just those rows. That also catches writes
/// by another process (the worker container) on the same file. Readers never lock: each faction's
/// edge list is an array that is replaced, never changed in place.
/// A commit through this store is seen by the next read; one by another process within
/// <paramref name="otherWritersCheck"/> (as <c>GraphVersion</c> shares its version across processes),
/// because asking SQLite on every read serializes all readers on one connection, and under CPU
/// contention a preempted holder stalls every request behind it.
/// </summary>
sealed class GraphIndex(string connectionString, TimeSpan otherWritersCheck) : IDisposable
{
    public static readonly TimeSpan DefaultOtherWritersCheck = TimeSpan.FromMilliseconds(50);

    /// <summary>Rows of the change log a writer keeps; an index further behind than that loads everything again.</summary>
    public const int ChangesKept = 100_000;

    public const string FactionKind = "F", RelationKind = "R";

    readonly SemaphoreSlim gate = new(1, 1);
    readonly ConcurrentDictionary<string, Faction> factions = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, Relation[]> edgesByEnd = new(StringComparer.Ordinal);
    // Only touched under the gate, when applying changes: where each edge is listed.
    readonly Dictionary<string, Relation> edgesById = new(StringComparer.Ordinal);
    // Dates repeat across thousands of edges; one string each keeps a million edges small.
    readonly Dictionary<string, string> dates = new(StringComparer.Ordinal);
    SqliteConnection? watch;
    long dataVersion = -1, lastSeq = -1;
    long checkedAt; // Environment.TickCount64 of the last look at SQLite
    volatile bool loaded, ownCommit;

    /// <summary>Called after each commit through this store: the next read looks at SQLite first.</summary>
    public void Committed() => ownCommit = true;

    public int FactionCount => factions.Count;
    public int RelationCount { get; private set; }

    /// <summary>Brings the index up to the last commit; loads everything on first use.</summary>
    public async ValueTask RefreshAsync(CancellationToken ct)
    {
        if (loaded && !ownCommit && Environment.TickCount64 - Interlocked.Read(ref checkedAt) < otherWritersCheck.TotalMilliseconds) return;
        await gate.WaitAsync(ct);
        try
        {
            // Cleared before looking, so a commit that lands while we look marks the index again.
            ownCommit = false;
            Interlocked.Exchange(ref checkedAt, Environment.TickCount64);
            if (watch is null)
            {
                watch = new SqliteConnection(connectionString);
                await watch.OpenAsync(ct);
            }
            // Read before the changes, so a commit landing in between is looked at again next time.
            var version = (long)(await ScalarAsync("PRAGMA data_version", ct))!;
            if (version == dataVersion) return;
            dataVersion = version;
            var oldest = await ScalarAsync("SELECT min(seq) FROM changes", ct) as long? ?? long.MaxValue;
            if (lastSeq < 0 || oldest > lastSeq + 1 && oldest != long.MaxValue) await LoadAllAsync(ct);
            else await ApplyChangesAsync(ct);
            loaded = true;
        }
        finally { gate.Release(); }
    }

    /// <summary>Edges touching the factions, each once, in id order (as the SQL read orders them).</summary>
    public List<Relation> Relations(IReadOnlyCollection<string> factionIds, RelationFilter filter) =>
        Adjacency.Select(factionIds, id => edgesByEnd.GetValueOrDefault(id), filter);

    /// <summary>Edges per faction, a self-loop once; factions without edges left out.</summary>
    public Dictionary<string, int> Degrees(IReadOnlyCollection<string> factionIds)
    {
        var degrees = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in factionIds)
            if (edgesByEnd.TryGetValue(id, out var edges) && edges.Length > 0) degrees[id] = edges.Length;
        return degrees;
    }

    public List<Faction> Factions(IReadOnlyCollection<string> ids)
    {
        var list = new List<Faction>(ids.Count);
        foreach (var id in ids.Distinct())
            if (factions.TryGetValue(id, out var f)) list.Add(f);
        return list;
    }

    async Task<object?> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var command = watch!.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    /// <summary>Everything, in one read transaction so the snapshot and the change position agree.</summary>
    async Task LoadAllAsync(CancellationToken ct)
    {
        factions.Clear();
        edgesByEnd.Clear();
        edgesById.Clear();
        await using var tx = (SqliteTransaction)await watch!.BeginTransactionAsync(ct);
        lastSeq = await ScalarAsync("SELECT max(seq) FROM changes", ct) as long? ?? 0;
        await foreach (var f in ReadAsync($"SELECT {SqliteGraphStore.FactionColumns} FROM factions f", SqliteGraphStore.ReadFaction, ct))
            factions[f.Id] = f;
        var byEnd = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        await foreach (var r in ReadAsync($"SELECT {SqliteGraphStore.RelationColumns} FROM relations r", ReadRelation, ct))
        {
            edgesById[r.Id] = r;
            foreach (var end in Adjacency.Ends(r))
                (byEnd.TryGetValue(end, out var list) ? list : byEnd[end] = []).Add(r);
        }
        foreach (var (end, list) in byEnd) edgesByEnd[end] = [.. list];
        RelationCount = edgesById.Count;
        await tx.CommitAsync(ct);
    }

    /// <summary>Re-reads the factions and edges named in the change log since the last look; rows gone are removed.</summary>
    async Task ApplyChangesAsync(CancellationToken ct)
    {
        var changedFactions = new HashSet<string>(StringComparer.Ordinal);
        var changedRelations = new HashSet<string>(StringComparer.Ordinal);
        await using var tx = (SqliteTransaction)await watch!.BeginTransactionAsync(ct);
        await using (var command = watch.CreateCommand())
        {
            command.CommandText = "SELECT seq, kind, id FROM changes WHERE seq > @last ORDER BY seq";
            command.Parameters.AddWithValue("@last", lastSeq);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                lastSeq = reader.GetInt64(0);
                (reader.GetString(1) == FactionKind ? changedFactions : changedRelations).Add(reader.GetString(2));
            }
        }
        foreach (var chunk in changedFactions.Chunk(10_000))
        {
            var present = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var f in ReadAsync($"SELECT {SqliteGraphStore.FactionColumns} FROM factions f WHERE f.id IN ({Params(chunk.Length)})", SqliteGraphStore.ReadFaction, ct, chunk))
            {
                factions[f.Id] = f;
                present.Add(f.Id);
            }
            foreach (var id in chunk) if (!present.Contains(id)) factions.TryRemove(id, out _);
        }
        var fresh = new List<Relation>();
        foreach (var chunk in changedRelations.Chunk(10_000))
            await foreach (var r in ReadAsync($"SELECT {SqliteGraphStore.RelationColumns} FROM relations r WHERE r.id IN ({Params(chunk.Length)})", ReadRelation, ct, chunk))
                fresh.Add(r);
        await tx.CommitAsync(ct);

        // Each touched faction's list is rebuilt once: the old entries of changed edges out, their new rows in.
        var added = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in changedRelations)
            if (edgesById.Remove(id, out var old)) touched.UnionWith(Adjacency.Ends(old));
        foreach (var r in fresh)
        {
            edgesById[r.Id] = r;
            foreach (var end in Adjacency.Ends(r))
            {
                touched.Add(end);
                (added.TryGetValue(end, out var list) ? list : added[end] = []).Add(r);
            }
        }
        foreach (var end in touched)
        {
            var kept = edgesByEnd.TryGetValue(end, out var current) ? current.Where(r => !changedRelations.Contains(r.Id)) : [];
            Relation[] next = [.. kept, .. added.GetValueOrDefault(end) ?? []];
            if (next.Length == 0) edgesByEnd.TryRemove(end, out _);
            else edgesByEnd[end] = next;
        }
        RelationCount = edgesById.Count;
    }

    static string Params(int count) => string.Join(',', Enumerable.Range(0, count).Select(i => $"@p{i}"));

    async IAsyncEnumerable<T> ReadAsync<T>(string sql, Func<SqliteDataReader, T> map, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct, string[]? ids = null)
    {
        await using var command = watch!.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < (ids?.Length ?? 0); i++) command.Parameters.AddWithValue($"@p{i}", ids![i]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return map(reader);
    }

    /// <summary>The store's row reading, with ends and dates sharing one string each across the index.</summary>
    Relation ReadRelation(SqliteDataReader reader)
    {
        var r = SqliteGraphStore.ReadRelation(reader);
        return r with { Source = Shared(r.Source)!, Target = Shared(r.Target)!, Since = Shared(r.Since), Until = Shared(r.Until) };
    }

    string? Shared(string? value)
    {
        if (value is null) return null;
        if (factions.TryGetValue(value, out var f)) return f.Id;
        if (dates.TryGetValue(value, out var same)) return same;
        if (value.Length <= 10) dates[value] = value; // a date; ids of factions without a row are rare
        return value;
    }

    public void Dispose()
    {
        watch?.Dispose();
        gate.Dispose();
    }
}
