namespace FactionGraph.Storage;

/// <summary>Which graph store to use (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Embedded (SQLite file, the default) or Neo4j.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Embedded;

    /// <summary>Folder of the embedded store and the ingestion queue. Default: ./data</summary>
    public string Path { get; set; } = "data";

    /// <summary>
    /// Embedded store: keep factions and edges in memory (about 0.4 KB per edge), kept current with
    /// every commit, so neighbourhoods and paths read no SQL. Default true; false reads SQLite every time.
    /// </summary>
    public bool InMemoryIndex { get; set; } = true;
}

public enum StorageProvider { Embedded, Neo4j }
