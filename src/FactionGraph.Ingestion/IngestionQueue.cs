using System.Diagnostics.Metrics;
using FactionGraph.Ingestion.Telemetry;
using FactionGraph.Model;
using FactionGraph.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactionGraph.Ingestion;

/// <summary>
/// The durable, bounded queue of accepted articles: a SQLite file beside the store (queue.db),
/// whatever the graph store is. An article is committed here, with synchronous=FULL, before
/// a client hears "accepted". Claims carry a lease so a job held by a crashed worker comes back.
/// </summary>
public sealed partial class IngestionQueue
{
    readonly string connectionString;
    readonly IngestionOptions options;
    readonly SemaphoreSlim signal = new(0);

    /// <summary>How long a claimed job stays with its worker before another may take it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    public IngestionQueue(IOptions<StorageOptions> storage, IOptions<IngestionOptions> options, IMeterFactory meters)
        : this(Path.Combine(storage.Value.Path, "queue.db"), options.Value) => QueueGauges.Observe(meters, this);

    public IngestionQueue(string file, IngestionOptions options)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 30 }.ToString();
        this.options = options;
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS jobs (
              seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, state TEXT NOT NULL,
              attempts INTEGER NOT NULL DEFAULT 0, reason TEXT, lease_until TEXT, owner TEXT, crashes INTEGER NOT NULL DEFAULT 0,
              enqueued_at TEXT NOT NULL, finished_at TEXT,
              title TEXT NOT NULL, url TEXT, published_at TEXT, outlet TEXT, text TEXT,
              added_factions INTEGER, added_relations INTEGER, added_evidence INTEGER);
            CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state, seq);
            """);
    }

    SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // Durability before speed: an acknowledged article survives power loss, not just a process kill.
        Execute(connection, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;");
        return connection;
    }

    async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, ct, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;");
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    static SqliteCommand Command(SqliteConnection connection, string sql, params (string, object?)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    static async Task<int> ExecuteAsync(SqliteConnection connection, CancellationToken ct, string sql, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    static int Execute(SqliteConnection connection, string sql, params (string, object?)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command.ExecuteNonQuery();
    }

    static string Now() => DateTime.UtcNow.ToString("O");

    /// <summary>Wakes a waiting worker; called after every enqueue.</summary>
    void Signal() { if (signal.CurrentCount == 0) signal.Release(); }

    /// <summary>Waits until something is enqueued in this process, or the timeout passes (other processes may enqueue too).</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        try { await signal.WaitAsync(timeout, ct); } catch (OperationCanceledException) when (!ct.IsCancellationRequested) { }
    }

    static Job ReadJob(SqliteDataReader r) => new(
        r.GetString(0), WireName.Parse<JobState>(r.GetString(1)), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetString(3),
        r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6),
        r.IsDBNull(7) ? null : new IngestOutcome(true, r.GetInt32(7), r.GetInt32(8), r.GetInt32(9)));

    const string JobColumns = "id, state, attempts, reason, enqueued_at, finished_at, title, added_factions, added_relations, added_evidence";
}
