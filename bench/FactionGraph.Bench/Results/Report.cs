using System.Text;
using System.Text.Json;

namespace FactionGraph.Bench.Results;

/// <summary>
/// Gathers every step's figures, adds the ratios the targets are stated in, judges the targets,
/// and writes latest.json (everything, machine-readable) and latest.md (the table for the README).
/// </summary>
static class Report
{
    // Uncached first: the answers a front end drawing new centres gets. Each is judged against the
    // ceiling measured on the same server (the uncached one against the cache-off server).
    static readonly string[] Uncached = ["ceiling-uncached", "neighborhood-uncached", "path-uncached"];
    static readonly string[] Repeats = ["ceiling", "seed", "neighborhood", "path"];
    static readonly string[] OverNeo4j = ["neo4j.neighborhood", "neo4j.reference", "neo4j.neighborhood-grown"];

    /// <param name="carryOver">A previous latest.json whose figures stand where this run measured nothing (a run of some steps only).</param>
    public static void Write(string scale, string figuresFolder, string outFolder, IReadOnlyList<string> notes, string? carryOver = null)
    {
        var figures = FigureFile.ReadAll(figuresFolder);
        if (carryOver is not null && File.Exists(carryOver)) (figures, notes) = EarlierRun.Merge(carryOver, figures, notes);
        var byKey = figures.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Last());
        double? Value(string key) => byKey.TryGetValue(key, out var f) ? f.Value : null;

        void Ratio(string key, string label, double? over, double? under)
        {
            if (over is { } o && under is { } u && u > 0) figures.Add(byKey[key] = new(key, label, o / u, "ratio"));
        }
        foreach (var q in Repeats.Skip(1))
            Ratio($"query.{q}.ratio", $"{q} (repeats, result cache on): throughput / ceiling", Value($"query.{q}.rps"), Value("query.ceiling.rps"));
        foreach (var q in Uncached.Skip(1))
            Ratio($"query.{q}.ratio", $"{q}: throughput / ceiling, both with the result cache off", Value($"query.{q}.rps"),
                Value("query.ceiling-uncached.rps") ?? Value("query.ceiling.rps"));
        Ratio("query.neo4j.reference_ratio", "Over Neo4j: service / reference statement sent directly", Value("query.neo4j.neighborhood.rps"), Value("query.neo4j.reference.rps"));
        Ratio("query.neo4j.articles_growth_ratio", "Over Neo4j: service after 10× the articles / before", Value("query.neo4j.neighborhood-grown.rps"), Value("query.neo4j.neighborhood.rps"));

        var machine = Machine.Current();
        var targets = Targets(Value, figures);
        var document = new { generatedAt = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"), scale, machine, figures, targets, notes };
        Directory.CreateDirectory(outFolder);
        File.WriteAllText(Path.Combine(outFolder, "latest.json"), JsonSerializer.Serialize(document, FigureFile.Json) + "\n");
        var markdown = Markdown(scale, machine, Value, figures, targets, notes);
        File.WriteAllText(Path.Combine(outFolder, "latest.md"), markdown);
        Console.WriteLine();
        Console.WriteLine(markdown);
    }

    static List<Target> Targets(Func<string, double?> value, List<Figure> figures)
    {
        var targets = new List<Target>();
        void Add(string name, string goal, double? measured, Func<double, bool> met, string detail) =>
            targets.Add(new(name, goal, measured, measured is { } m ? met(m) : null, measured is null ? "not measured in this run" : detail));

        Add("Uncached depth-2 neighbourhood vs { __typename }, result cache off", "≥ 0.15", value("query.neighborhood-uncached.ratio"), m => m >= 0.15,
            $"{Fmt(value("query.neighborhood-uncached.rps"))} vs {Fmt(value("query.ceiling-uncached.rps"))} requests/s");
        Add("Uncached path vs { __typename }, result cache off", "≥ 0.35", value("query.path-uncached.ratio"), m => m >= 0.35,
            $"{Fmt(value("query.path-uncached.rps"))} vs {Fmt(value("query.ceiling-uncached.rps"))} requests/s");
        Add("Over Neo4j: service's uncached neighbourhood vs the reference statement sent directly", "≥ 2.0", value("query.neo4j.reference_ratio"), m => m >= 2,
            $"{Fmt(value("query.neo4j.neighborhood.rps"))} vs {Fmt(value("query.neo4j.reference.rps"))} requests/s");
        Add("Over Neo4j: service's rate after 10× the articles about the same factions / before", "≥ 0.8", value("query.neo4j.articles_growth_ratio"), m => m >= 0.8,
            $"{Fmt(value("query.neo4j.neighborhood-grown.rps"))} vs {Fmt(value("query.neo4j.neighborhood.rps"))} requests/s");
        Add("Neo4j 3.1.1 grouped commits, write side", "≥ 200 articles/s", value("ingest.neo4j.grouped_articles_per_sec"), m => m >= 200,
            $"one transaction per article: {Fmt(value("ingest.neo4j.per_article_articles_per_sec"))} articles/s");
        Add("Depth-2 neighbourhood repeats (result cache on) vs { __typename }", "≥ 0.50", value("query.neighborhood.ratio"), m => m >= 0.5,
            $"{Fmt(value("query.neighborhood.rps"))} vs {Fmt(value("query.ceiling.rps"))} requests/s; the same query answered again from the cache");

        var sizes = figures.Where(f => f.Key.StartsWith("growth.", StringComparison.Ordinal) && f.Key.EndsWith(".neighborhood.p50_ms", StringComparison.Ordinal))
            .Select(f => f.Key.Split('.')[1]).Distinct().OrderBy(l => value($"growth.{l}.relations") ?? 0).ToList();
        if (sizes.Count >= 2)
        {
            var (first, last) = (sizes[0], sizes[^1]);
            var reachesMillion = (value($"growth.{last}.relations") ?? 0) >= 990_000; // the random graph drops the odd self-loop: 999,990 for 1M
            Add($"Neighbourhood p50 growth, {first} → {last} relations", "≤ 1.5× (10k → 1M)",
                value($"growth.{last}.neighborhood.p50_ms") / value($"growth.{first}.neighborhood.p50_ms"), m => m <= 1.5,
                $"{Fmt(value($"growth.{first}.neighborhood.p50_ms"))} ms → {Fmt(value($"growth.{last}.neighborhood.p50_ms"))} ms" +
                (reachesMillion ? "" : "; 1M relations not run at this scale (use --scale medium or large)"));
        }
        else Add("Neighbourhood p50 growth, 10k → 1M relations", "≤ 1.5×", null, _ => false, "");
        Add("Server peak memory at 1M relations", "≤ 1024 MiB", value("growth.1M.peak_mib"), m => m <= 1024,
            $"in-memory index {Fmt(value("growth.1M.index_bytes_per_relation"))} bytes per relation; graph built at {Fmt(value("growth.1M.relations_per_sec"))} relations/s");

        Add("Extraction speed vs raw multi-pattern scan", "≥ 0.25", value("extraction.ratio"), m => m >= 0.25,
            $"{Fmt(value("extraction.extractor_mbps"))} vs {Fmt(value("extraction.raw_scan_mbps"))} MB/s");
        // Judged twice: per article (one transaction each, few rows, so fixed per-transaction costs weigh most)
        // and in bulk transactions, where the number of statements is what batching changes.
        Add("Neo4j batched writes vs one statement per row, one article per transaction", "≥ 5×", value("ingest.neo4j.ratio"), m => m >= 5,
            $"{Fmt(value("ingest.neo4j.batched_articles_per_sec"))} vs {Fmt(value("ingest.neo4j.per_row_articles_per_sec"))} articles/s");
        Add("Neo4j batched writes vs one statement per row, 500 relations per transaction", "≥ 5×", value("ingest.neo4j.bulk_ratio"), m => m >= 5,
            $"{Fmt(value("ingest.neo4j.bulk_batched_relations_per_sec"))} vs {Fmt(value("ingest.neo4j.bulk_per_row_relations_per_sec"))} relations/s");
        return targets;
    }

    static string Markdown(string scale, Machine machine, Func<string, double?> value, List<Figure> figures, List<Target> targets, IReadOnlyList<string> notes)
    {
        var md = new StringBuilder();
        md.AppendLine($"Scale `{scale}`, measured {DateTime.UtcNow:yyyy-MM-dd} on {machine.Cores} cores ({machine.Cpu}), {machine.MemoryGiB} GiB, {machine.Os}, {machine.DotNet}.");
        md.AppendLine();
        void QueryTable(string title, IEnumerable<string> queries, string ceiling)
        {
            if (!queries.Any(q => value($"query.{q}.rps") is not null)) return;
            md.AppendLine($"| {title} | Requests/s | p50 | p99 | vs ceiling |");
            md.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var q in queries)
                if (value($"query.{q}.rps") is { } rps)
                    md.AppendLine($"| {QueryLabel(q)} | {FigureFile.Format(rps)} | {Fmt(value($"query.{q}.p50_ms"))} ms | {Fmt(value($"query.{q}.p99_ms"))} ms | {(q == ceiling ? "1" : Fmt(value($"query.{q}.ratio")))} |");
            md.AppendLine();
        }
        QueryTable("Uncached: every answer computed (result cache off; wrk, 16 connections, loopback)", Uncached, "ceiling-uncached");
        if (value("query.neo4j.neighborhood.rps") is not null)
        {
            md.AppendLine("| Over Neo4j 3.1.1, result cache off (wrk, 8 connections, same centres) | Requests/s | p50 | p99 |");
            md.AppendLine("|---|---:|---:|---:|");
            foreach (var q in OverNeo4j)
                if (value($"query.{q}.rps") is { } rps)
                    md.AppendLine($"| {QueryLabel(q)} | {FigureFile.Format(rps)} | {Fmt(value($"query.{q}.p50_ms"))} ms | {Fmt(value($"query.{q}.p99_ms"))} ms |");
            md.AppendLine($"| service / reference | {Fmt(value("query.neo4j.reference_ratio"))} | | |");
            md.AppendLine($"| after / before 10× the articles | {Fmt(value("query.neo4j.articles_growth_ratio"))} | | |");
            md.AppendLine();
        }
        var sizes = figures.Where(f => f.Key.StartsWith("growth.", StringComparison.Ordinal) && f.Key.EndsWith(".relations", StringComparison.Ordinal))
            .OrderBy(f => f.Value).Select(f => f.Key.Split('.')[1]).ToList();
        if (sizes.Count > 0)
        {
            md.AppendLine("| Graph size (relations), result cache off, 1 connection | neighbourhood p50 | path p50 | server peak memory (VmHWM) | index per relation | built at |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var s in sizes)
                md.AppendLine($"| {FigureFile.Format(value($"growth.{s}.relations") ?? 0)} | {Fmt(value($"growth.{s}.neighborhood.p50_ms"))} ms | {Fmt(value($"growth.{s}.path.p50_ms"))} ms | {Fmt(value($"growth.{s}.peak_mib"))} MiB | {Fmt(value($"growth.{s}.index_bytes_per_relation"))} bytes | {Fmt(value($"growth.{s}.relations_per_sec"))} relations/s |");
            md.AppendLine();
        }
        QueryTable("Repeats of the same query (result cache on: answered from the cache)", Repeats, "ceiling");
        md.AppendLine("| Measurement | Result |");
        md.AppendLine("|---|---:|");
        foreach (var f in figures.Where(f => f.Key.StartsWith("corpus.", StringComparison.Ordinal) || f.Key.StartsWith("extraction.", StringComparison.Ordinal) || f.Key.StartsWith("ingest.", StringComparison.Ordinal)))
            md.AppendLine($"| {f.Label.Trim()}{(f.Note is null ? "" : $" ({f.Note})")} | {FigureFile.Format(f.Value)} {f.Unit} |");
        md.AppendLine();
        md.AppendLine("| Target | Goal | Measured | Met |");
        md.AppendLine("|---|---|---:|---|");
        foreach (var t in targets)
            md.AppendLine($"| {t.Name} ({t.Detail}) | {t.Goal} | {Fmt(t.Measured)} | {t.Met switch { true => "yes", false => "**no**", null => "n/a" }} |");
        foreach (var note in notes) md.AppendLine().Append("Note: ").AppendLine(note);
        return md.ToString();
    }

    static string QueryLabel(string q) => q switch
    {
        "ceiling" => "`{ __typename }` (ceiling), repeats",
        "seed" => "seed question (`faction(name: \"Army of Conquest\")` with members and evidence), repeats",
        "neighborhood" => "`neighborhood(depth: 2)`, repeats of the same 50 queries",
        "path" => "`path(maxHops: 4)`, repeats of the same queries",
        "ceiling-uncached" => "`{ __typename }` (ceiling)",
        "neighborhood-uncached" => "`neighborhood(depth: 2)`, 50 centres",
        "path-uncached" => "`path(maxHops: 4)`",
        "neo4j.neighborhood" => "service: `neighborhood(depth: 2)`",
        "neo4j.reference" => "reference statement sent directly to Neo4j's HTTP API",
        "neo4j.neighborhood-grown" => "service: `neighborhood(depth: 2)` after 10× the articles",
        _ => q,
    };

    static string Fmt(double? value) => value is { } v ? FigureFile.Format(v) : "–";
}
