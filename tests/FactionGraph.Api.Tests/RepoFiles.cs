namespace FactionGraph.Api.Tests;

/// <summary>Files of the repository the tests read (README, compose file, settings), found above the test's build folder.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "docker-compose.yml")) && File.Exists(Path.Combine(dir.FullName, "README.md"))) return dir.FullName;
        throw new DirectoryNotFoundException("The repository (docker-compose.yml beside README.md) was not found above the test directory.");
    }
}
