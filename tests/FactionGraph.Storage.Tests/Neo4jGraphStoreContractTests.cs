namespace FactionGraph.Storage.Tests;

/// <summary>The contract on a real Neo4j (see <see cref="Neo4jTestServer"/>), the database emptied before each test.</summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateEmptyStoreAsync() => await Neo4jTestServer.CleanStoreAsync();
}

/// <summary>The contract again with one statement per row, the mode kept for benchmarks: it must mean the same.</summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jPerRowGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateEmptyStoreAsync() => await Neo4jTestServer.CleanStoreAsync(o => o.BatchWrites = false);
}
