namespace FactionGraph.Storage;

/// <summary>Which graph store to use (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Embedded (SQLite file, the default) or Neo4j.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Embedded;

    /// <summary>Folder of the embedded store and the ingestion queue. Default: ./data</summary>
    public string Path { get; set; } = "data";
}

public enum StorageProvider { Embedded, Neo4j }
