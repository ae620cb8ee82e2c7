using FactionGraph.Model;
using FactionGraph.Storage.Embedded;
using Microsoft.Data.Sqlite;

namespace FactionGraph.Storage.Tests;

/// <summary>The contract on the embedded store as the service wires it (SQLite errors translated), one temporary SQLite file per test.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "factiongraph-tests", Guid.NewGuid().ToString("n"));
    SqliteGraphStore? store;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        store = new SqliteGraphStore(Path.Combine(folder, "graph.db"));
        var wired = new SqliteErrors(store);
        await wired.InitializeAsync(Ct);
        return wired;
    }

    [Fact]
    public async Task A_file_written_before_articles_had_repeats_gets_the_column_and_keeps_its_articles()
    {
        var file = Path.Combine(folder, "old.db");
        Directory.CreateDirectory(folder);
        await using (var old = new SqliteConnection($"Data Source={file}"))
        {
            await old.OpenAsync();
            await using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT, published_at TEXT, outlet TEXT);
                INSERT INTO articles VALUES ('art-old', 'Before repeats', NULL, '2014-01-01', 'Old Outlet');
                """;
            await create.ExecuteNonQueryAsync();
        }
        using var upgraded = new SqliteGraphStore(file);
        await upgraded.InitializeAsync(Ct);
        await upgraded.InitializeAsync(Ct); // a second start finds the column there
        Assert.Equal(new Article("art-old", "Before repeats", null, "2014-01-01", "Old Outlet"), Assert.Single(await upgraded.GetArticlesAsync(["art-old"], Ct)));
    }

    public override Task DisposeAsync()
    {
        store?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the file so it can go
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
