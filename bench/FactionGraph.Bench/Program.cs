using FactionGraph.Bench;
using FactionGraph.Bench.Growth;
using FactionGraph.Bench.Measure;
using FactionGraph.Bench.Results;

// Steps of the benchmark, each its own invocation so bench/run.sh can interleave them with the
// API server and wrk:
//   scale NAME                                   shell variables for run.sh
//   extract        --scale S --work DIR --seed-path graph-seed
//   articles       --scale S --work DIR --seed-path graph-seed --corpus tests/corpus [--realtext ../shared/realtext/dev]
//   ingest-sqlite  --scale S --work DIR --seed-path graph-seed   (leaves DIR/store and DIR/queries)
//   ingest-neo4j   --scale S --work DIR --seed-path graph-seed   (Neo4j__Uri/Username/Password from the environment)
//   neo4j-load     --scale S --work DIR   (after ingest-sqlite; Neo4j__* from the environment; leaves DIR/neo4j)
//   neo4j-grow     --work DIR             (nine more copies of every article)
//   growth-graph   --relations N --work DIR                      (leaves DIR/growth/LABEL)
//   report         --scale S --work DIR --out bench/results [--note TEXT]... [--carry-over bench/results/latest.json]
//   soak           --url URL --pid PID --seconds N --out bench/results   (bench/soak.sh: against a running service)
if (args.Length == 0) { Console.Error.WriteLine("usage: FactionGraph.Bench COMMAND [--option value]..."); return 2; }
var command = args[0];
var options = new Dictionary<string, List<string>>();
for (var i = 1; i + 1 < args.Length; i += 2)
    (options.TryGetValue(args[i].TrimStart('-'), out var list) ? list : options[args[i].TrimStart('-')] = []).Add(args[i + 1]);
string Option(string name, string? fallback = null) =>
    options.TryGetValue(name, out var v) ? v[^1] : fallback ?? throw new ArgumentException($"--{name} is required for {command}.");

if (command == "scale") { Console.Write(Scale.Of(args[1]).ShellVariables()); return 0; }
if (command == "soak")
    return await FactionGraph.Bench.Soak.SoakRun.RunAsync(Option("url"), int.Parse(Option("pid"), System.Globalization.CultureInfo.InvariantCulture),
        TimeSpan.FromSeconds(double.Parse(Option("seconds", "600"), System.Globalization.CultureInfo.InvariantCulture)), Option("out"));

var bench = new Workbench { Scale = Scale.Of(Option("scale", "small")), Work = Path.GetFullPath(Option("work")), SeedPath = Option("seed-path", "graph-seed") };
switch (command)
{
    case "extract":
    {
        var (corpus, extractor) = bench.CorpusAndExtractor();
        FigureFile.Write(bench.Figures, "10-extraction", ExtractionBench.Run(corpus, extractor, TimeSpan.FromSeconds(bench.Scale.MeasureSeconds)));
        break;
    }
    case "articles":
    {
        var articles = NewsArticles.Load(options.ContainsKey("realtext") ? Option("realtext") : null, bench.SeedPath, Option("corpus", "tests/corpus"));
        Console.WriteLine($"  input: {articles.Texts.Count} articles cut from {articles.Source}");
        FigureFile.Write(bench.Figures, "15-extraction-articles",
            ArticleSpeedBench.Run(articles, Path.Combine(bench.SeedPath, "gazetteer.json"), TimeSpan.FromSeconds(bench.Scale.MeasureSeconds)));
        break;
    }
    case "ingest-sqlite":
    {
        var (corpus, extractor) = bench.CorpusAndExtractor();
        var seed = await SeedArticles.ReadAsync(bench.SeedPath);
        var (figures, store) = await SqliteIngestionBench.RunAsync(corpus, extractor, seed, Path.Combine(bench.Work, "store"));
        using (store) await QueryTargets.WriteAsync(store, corpus, Path.Combine(bench.Work, "queries"), Workbench.Seed);
        FigureFile.Write(bench.Figures, "20-ingest-sqlite", figures);
        break;
    }
    case "ingest-neo4j":
    {
        var (corpus, extractor) = bench.CorpusAndExtractor();
        var seed = await SeedArticles.ReadAsync(bench.SeedPath);
        FigureFile.Write(bench.Figures, "30-ingest-neo4j", await Neo4jIngestionBench.RunAsync(corpus, extractor, seed, bench.Scale.Neo4jArticles));
        break;
    }
    case "neo4j-load":
        FigureFile.Write(bench.Figures, "35-neo4j-load", await Neo4jQueryBench.LoadAsync(bench.Work, bench.Scale.Neo4jArticles * 2));
        break;
    case "neo4j-grow":
        FigureFile.Write(bench.Figures, "36-neo4j-grow", await Neo4jQueryBench.GrowAsync(bench.Work));
        break;
    case "growth-graph":
    {
        var relations = int.Parse(Option("relations"), System.Globalization.CultureInfo.InvariantCulture);
        var label = GrowthGraphBuilder.Label(relations);
        FigureFile.Write(bench.Figures, $"50-growth-{relations:D9}-build",
            await GrowthGraphBuilder.BuildAsync(relations, Path.Combine(bench.Work, "growth", label), Workbench.Seed));
        break;
    }
    case "report":
        Report.Write(bench.Scale.Name, bench.Figures, Option("out"), options.GetValueOrDefault("note") ?? [],
            options.ContainsKey("carry-over") ? Option("carry-over") : null);
        break;
    default:
        Console.Error.WriteLine($"Unknown command '{command}'.");
        return 2;
}
return 0;
