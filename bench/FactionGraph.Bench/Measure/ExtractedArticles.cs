using System.Text.Json;
using FactionGraph.Storage;

namespace FactionGraph.Bench.Measure;

/// <summary>
/// The articles the embedded store was built from, as extracted (factions resolved), in the order
/// they were written: the Neo4j steps write exactly these, so both stores hold the same graph and
/// Neo4j's write rates leave extraction out.
/// </summary>
static class ExtractedArticles
{
    static string File(string storeFolder) => Path.Combine(storeFolder, "extracted.json");

    public static void Write(string storeFolder, List<ExtractedArticle> articles) =>
        System.IO.File.WriteAllText(File(storeFolder), JsonSerializer.Serialize(articles));

    public static List<ExtractedArticle> Read(string storeFolder) =>
        JsonSerializer.Deserialize<List<ExtractedArticle>>(System.IO.File.ReadAllText(File(storeFolder)))
        ?? throw new InvalidDataException($"{File(storeFolder)} is empty.");
}
