using FactionGraph.Extraction;
using FactionGraph.Gazetteer;

namespace FactionGraph.Extraction.Tests;

/// <summary>One extractor over the real gazetteer for all tests: it is built once and reused, as in production.</summary>
public static class Fixture
{
    static readonly Lazy<IReadOnlyList<GazetteerEntry>> LazyGazetteer = new(() => GazetteerFile.Load(GazetteerPath));
    static readonly Lazy<FactionExtractor> LazyExtractor = new(() => new FactionExtractor(Gazetteer));

    public static string RepoRoot { get; } = FindRoot();
    public static string GazetteerPath => Path.Combine(RepoRoot, "graph-seed", "gazetteer.json");
    public static IReadOnlyList<GazetteerEntry> Gazetteer => LazyGazetteer.Value;
    public static FactionExtractor Extractor => LazyExtractor.Value;

    public static Model.ArticleExtraction Extract(string text, string? publishedAt = "2020-01-01") => Extractor.Extract(text, "test", publishedAt);

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactionGraph.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Repository root not found.");
    }
}
