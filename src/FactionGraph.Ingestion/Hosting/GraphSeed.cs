namespace FactionGraph.Ingestion.Hosting;

/// <summary>
/// The graph-seed/ folder: the gazetteer and the seed articles. Found from Ingestion:SeedPath, else by
/// walking up from the working directory and from the app's directory (so `dotnet run` and a
/// published build both find it).
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
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "graph-seed");
                if (File.Exists(System.IO.Path.Combine(candidate, "gazetteer.json"))) return new GraphSeed(candidate);
            }
        throw new DirectoryNotFoundException("graph-seed/ (with gazetteer.json) was not found; set Ingestion:SeedPath.");
    }
}
