using FactionGraph.Storage.Embedded;

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

    public override Task DisposeAsync()
    {
        store?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the file so it can go
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
