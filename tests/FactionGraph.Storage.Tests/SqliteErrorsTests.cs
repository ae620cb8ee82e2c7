using FactionGraph.Storage.Embedded;
using Microsoft.Data.Sqlite;

namespace FactionGraph.Storage.Tests;

/// <summary>SQLite failures reach the service as GraphStoreException, transient exactly when SQLite is busy or locked.</summary>
public sealed class SqliteErrorsTests
{
    [Theory]
    [InlineData(5, true)]   // SQLITE_BUSY
    [InlineData(6, true)]   // SQLITE_LOCKED
    [InlineData(11, false)] // SQLITE_CORRUPT
    [InlineData(19, false)] // SQLITE_CONSTRAINT
    [InlineData(26, false)] // SQLITE_NOTADB
    public void Busy_and_locked_are_transient_and_nothing_else_is(int code, bool transient)
    {
        var error = SqliteErrors.Translate(new SqliteException("failure", code));
        Assert.Equal(transient, error.IsTransient);
        Assert.Equal($"SQLITE_{code}", error.Code);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_fails_as_a_store_error_not_a_sqlite_one()
    {
        var folder = Directory.CreateTempSubdirectory("factiongraph-notadb-").FullName;
        var file = Path.Combine(folder, "graph.db");
        await File.WriteAllBytesAsync(file, [.. Enumerable.Repeat((byte)0x5A, 8192)]);
        using var sqlite = new SqliteGraphStore(file);
        var store = new SqliteErrors(sqlite);
        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.InitializeAsync(CancellationToken.None));
        Assert.Equal("SQLITE_26", error.Code);
        Assert.False(error.IsTransient);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_writer_holding_the_file_makes_a_read_fail_as_transient()
    {
        var folder = Directory.CreateTempSubdirectory("factiongraph-locked-").FullName;
        var file = Path.Combine(folder, "graph.db");
        using (var sqlite = new SqliteGraphStore(file)) await new SqliteErrors(sqlite).InitializeAsync(CancellationToken.None);
        SqliteConnection.ClearAllPools();
        // An exclusive lock in rollback-journal mode shuts readers out; with a 1 s busy timeout the reader gives up soon (0 would wait forever).
        await using var holder = new SqliteConnection($"Data Source={file};Pooling=False");
        await holder.OpenAsync();
        await using (var journal = holder.CreateCommand()) { journal.CommandText = "PRAGMA journal_mode=DELETE; BEGIN EXCLUSIVE;"; await journal.ExecuteNonQueryAsync(); }
        await using var reader = new SqliteConnection($"Data Source={file};Pooling=False;Default Timeout=1");
        await reader.OpenAsync();
        await using var read = reader.CreateCommand();
        read.CommandText = "SELECT count(*) FROM sqlite_master";
        var sqliteError = await Assert.ThrowsAsync<SqliteException>(() => read.ExecuteScalarAsync());
        Assert.True(SqliteErrors.Translate(sqliteError).IsTransient, $"SQLite error {sqliteError.SqliteErrorCode} should be transient.");
        await using (var release = holder.CreateCommand()) { release.CommandText = "ROLLBACK"; await release.ExecuteNonQueryAsync(); }
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
