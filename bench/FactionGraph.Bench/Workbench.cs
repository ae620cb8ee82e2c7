using FactionGraph.Bench.Synthetic;
using FactionGraph.Extraction;
using FactionGraph.Gazetteer;

namespace FactionGraph.Bench;

/// <summary>
/// What every in-process step shares: the work folder, the scale, and the synthetic corpus with the
/// extractor built from its gazetteer file (real graph-seed entries plus the invented factions),
/// loaded back through GazetteerFile exactly as the service loads its own.
/// </summary>
sealed class Workbench
{
    public const int Seed = 20150326;

    public required Scale Scale { get; init; }
    public required string Work { get; init; }
    public required string SeedPath { get; init; }
    public string Figures => Path.Combine(Work, "figures");

    public (Corpus Corpus, FactionExtractor Extractor) CorpusAndExtractor()
    {
        var realFile = Path.Combine(SeedPath, "gazetteer.json");
        var real = File.Exists(realFile) ? GazetteerFile.Load(realFile) : [];
        var corpus = Corpus.Create(Seed, Scale.Articles, real);
        var gazetteerFile = Path.Combine(Work, "synthetic-gazetteer.json");
        Directory.CreateDirectory(Work);
        GazetteerJson.Write(gazetteerFile, corpus.Gazetteer);
        // A few articles to read, so anyone can see what the extractor is given.
        File.WriteAllText(Path.Combine(Work, "sample-articles.txt"), string.Join("\n----\n", corpus.Articles.Take(5).Select(a => a.Text)));
        return (corpus, new FactionExtractor(GazetteerFile.Load(gazetteerFile)));
    }
}
