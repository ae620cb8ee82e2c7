using FactionGraph.Gazetteer;

namespace FactionGraph.Ingestion.Hosting;

/// <summary>
/// The graph-seed/ folder: the gazetteer and the seed articles. Found from Ingestion:SeedPath, else
/// where <see cref="GazetteerLocator"/> finds the gazetteer.
/// </summary>
public sealed class GraphSeed(string path)
{
    public string Path { get; } = path;

    public string GazetteerPath => System.IO.Path.Combine(Path, "gazetteer.json");

    public string ArticlesPath => System.IO.Path.Combine(Path, "articles");

    public static GraphSeed Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Directory.Exists(configured) ? new GraphSeed(System.IO.Path.GetFullPath(configured))
                : throw new DirectoryNotFoundException($"Ingestion:SeedPath '{configured}' does not exist.");
        // The gazetteer's locator already knows where a checkout or a published build keeps graph-seed/.
        if (GazetteerLocator.Find() is { } gazetteer) return new GraphSeed(System.IO.Path.GetDirectoryName(gazetteer)!);
        throw new DirectoryNotFoundException("graph-seed/ (with gazetteer.json) was not found; set Ingestion:SeedPath.");
    }
}
