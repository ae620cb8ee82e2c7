namespace FactionGraph.Gazetteer;

/// <summary>
/// Finds graph-seed/gazetteer.json when no path is configured: walking up from the working directory
/// (running from a checkout) and from the application's directory (a published build carries a copy).
/// </summary>
public static class GazetteerLocator
{
    public const string RelativePath = "graph-seed/gazetteer.json";

    /// <summary>The gazetteer's full path, or null when none is found.</summary>
    public static string? Find() => Find(Environment.CurrentDirectory, AppContext.BaseDirectory);

    public static string? Find(params string[] startDirectories)
    {
        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>The configured path if given, else <see cref="Find()"/>; throws when there is none.</summary>
    public static string Resolve(string? configured) =>
        configured is { Length: > 0 } ? (File.Exists(configured) ? Path.GetFullPath(configured) : throw new FileNotFoundException($"Gazetteer not found: {configured}", configured))
        : Find() ?? throw new FileNotFoundException($"No {RelativePath} found above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}; pass --gazetteer PATH.");
}
