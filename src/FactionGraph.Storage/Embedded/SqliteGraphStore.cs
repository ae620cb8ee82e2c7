using FactionGraph.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactionGraph.Storage.Embedded;

/// <summary>
/// The embedded graph store: one SQLite file, so the service runs on a machine without Neo4j.
/// Writes are serialized (SQLite has one writer); reads run concurrently under WAL. Factions, edges
/// and degrees are read from an in-memory <see cref="GraphIndex"/> kept current from SQLite
/// (Storage:InMemoryIndex), so traversals cost memory reads instead of SQL per level.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IDisposable
{
    readonly string connectionString;
    readonly SemaphoreSlim writeLock = new(1, 1);
    readonly GraphIndex? index;

    public SqliteGraphStore(IOptions<StorageOptions> options)
        : this(Path.Combine(options.Value.Path, "graph.db"), options.Value.InMemoryIndex) { }

    /// <param name="otherWritersCheck">How often the index looks for commits made by other processes (default 50 ms).</param>
    public SqliteGraphStore(string file, bool inMemoryIndex = true, TimeSpan? otherWritersCheck = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = 30 }.ToString();
        if (inMemoryIndex) index = new GraphIndex(connectionString, otherWritersCheck ?? GraphIndex.DefaultOtherWritersCheck);
    }

    /// <summary>
    /// Loads the in-memory index now (it loads on the first read otherwise) and says what it holds;
    /// null when the index is off.
    /// </summary>
    public async Task<(int Factions, int Relations)?> LoadIndexAsync(CancellationToken ct)
    {
        if (index is null) return null;
        await index.RefreshAsync(ct);
        return (index.FactionCount, index.RelationCount);
    }

    /// <summary>Creates the tables, then loads the in-memory index, so the first query does not pay for it (seconds at a million edges).</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        await using (var connection = await OpenAsync(ct))
        {
            await ExecuteAsync(connection, null, SqliteSchema.Create, ct);
            foreach (var (table, column, type) in SqliteSchema.AddedColumns)
            {
                await using var has = Command(connection, null, $"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = @c", ("@c", column));
                if ((long)(await has.ExecuteScalarAsync(ct))! == 0) await ExecuteAsync(connection, null, $"ALTER TABLE {table} ADD COLUMN {column} {type}", ct);
            }
        }
        if (index is not null) await index.RefreshAsync(ct);
    }

    async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>Runs a query and maps each row.</summary>
    async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(map(reader));
        return rows;
    }

    /// <summary>"@p0,@p1,…" for an IN list, with the parameters to bind.</summary>
    static (string List, (string, object?)[] Parameters) InList(IEnumerable<string> values, string prefix = "p")
    {
        var parameters = values.Distinct().Select((v, i) => ($"@{prefix}{i}", (object?)v)).ToArray();
        return (parameters.Length == 0 ? "NULL" : string.Join(',', parameters.Select(p => p.Item1)), parameters);
    }

    static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>
    /// Notes in the change log what a write transaction touched (kind <see cref="GraphIndex.FactionKind"/>
    /// or <see cref="GraphIndex.RelationKind"/>), for every process's in-memory index to re-read.
    /// </summary>
    static async Task LogChangesAsync(SqliteConnection connection, SqliteTransaction tx, string kind, IEnumerable<string> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Distinct().Chunk(5_000))
        {
            var (list, parameters) = InList(chunk);
            var values = string.Join(',', parameters.Select(p => $"(@kind, {p.Item1})"));
            await ExecuteAsync(connection, tx, $"INSERT INTO changes (kind, id) VALUES {values}", ct, [.. parameters, ("@kind", kind)]);
        }
    }

    public void Dispose()
    {
        index?.Dispose();
        writeLock.Dispose();
    }
}
