using System.Text;
using System.Text.Json;

namespace FactionGraph.Bench.Results;

/// <summary>
/// Gathers every step's figures, adds the ratios the targets are stated in, judges the targets,
/// and writes latest.json (everything, machine-readable) and latest.md (the table for the README).
/// </summary>
static class Report
{
    static readonly string[] Queries = ["ceiling", "seed", "neighborhood", "path", "neighborhood-uncached", "path-uncached"];

    /// <param name="carryOver">A previous latest.json whose figures stand where this run measured nothing (a run of some steps only).</param>
    public static void Write(string scale, string figuresFolder, string outFolder, IReadOnlyList<string> notes, string? carryOver = null)
    {
        var figures = FigureFile.ReadAll(figuresFolder);
        if (carryOver is not null && File.Exists(carryOver)) (figures, notes) = EarlierRun.Merge(carryOver, figures, notes);
        var byKey = figures.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Last());
        double? Value(string key) => byKey.TryGetValue(key, out var f) ? f.Value : null;

        if (Value("query.ceiling.rps") is { } ceiling and > 0)
            foreach (var q in Queries.Skip(1))
                if (Value($"query.{q}.rps") is { } rps)
                    figures.Add(byKey[$"query.{q}.ratio"] = new($"query.{q}.ratio", $"{q}: throughput / ceiling", rps / ceiling, "ratio"));

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

        Add("Depth-2 neighbourhood throughput vs { __typename } ceiling", "≥ 0.50", value("query.neighborhood.ratio"), m => m >= 0.5,
            $"{Fmt(value("query.neighborhood.rps"))} vs {Fmt(value("query.ceiling.rps"))} requests/s");

        var sizes = figures.Where(f => f.Key.StartsWith("growth.", StringComparison.Ordinal) && f.Key.EndsWith(".neighborhood.p50_ms", StringComparison.Ordinal))
            .Select(f => f.Key.Split('.')[1]).Distinct().OrderBy(l => value($"growth.{l}.relations") ?? 0).ToList();
        if (sizes.Count >= 2)
        {
            var (first, last) = (sizes[0], sizes[^1]);
            var reachesMillion = (value($"growth.{last}.relations") ?? 0) >= 1_000_000;
            Add($"Neighbourhood p50 growth, {first} → {last} relations", "≤ 1.5× (10k → 1M)",
                value($"growth.{last}.neighborhood.p50_ms") / value($"growth.{first}.neighborhood.p50_ms"), m => m <= 1.5,
                $"{Fmt(value($"growth.{first}.neighborhood.p50_ms"))} ms → {Fmt(value($"growth.{last}.neighborhood.p50_ms"))} ms" +
                (reachesMillion ? "" : "; 1M relations not run at this scale (use --scale medium or large)"));
        }
        else Add("Neighbourhood p50 growth, 10k → 1M relations", "≤ 1.5×", null, _ => false, "");

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
        md.AppendLine("| Measurement | Result |");
        md.AppendLine("|---|---:|");
        foreach (var f in figures.Where(f => f.Key.StartsWith("corpus.", StringComparison.Ordinal) || f.Key.StartsWith("extraction.", StringComparison.Ordinal) || f.Key.StartsWith("ingest.", StringComparison.Ordinal)))
            md.AppendLine($"| {f.Label.Trim()}{(f.Note is null ? "" : $" ({f.Note})")} | {FigureFile.Format(f.Value)} {f.Unit} |");
        md.AppendLine();
        md.AppendLine("| GraphQL over HTTP (wrk, loopback) | Requests/s | p50 | p99 | vs ceiling |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var q in Queries)
            if (value($"query.{q}.rps") is { } rps)
                md.AppendLine($"| {QueryLabel(q)} | {FigureFile.Format(rps)} | {Fmt(value($"query.{q}.p50_ms"))} ms | {Fmt(value($"query.{q}.p99_ms"))} ms | {(q == "ceiling" ? "1" : Fmt(value($"query.{q}.ratio")))} |");
        var sizes = figures.Where(f => f.Key.StartsWith("growth.", StringComparison.Ordinal) && f.Key.EndsWith(".relations", StringComparison.Ordinal))
            .OrderBy(f => f.Value).Select(f => f.Key.Split('.')[1]).ToList();
        if (sizes.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| Graph size (relations) | neighbourhood p50 | path p50 | server peak memory (VmHWM) | built in |");
            md.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var s in sizes)
                md.AppendLine($"| {FigureFile.Format(value($"growth.{s}.relations") ?? 0)} | {Fmt(value($"growth.{s}.neighborhood.p50_ms"))} ms | {Fmt(value($"growth.{s}.path.p50_ms"))} ms | {Fmt(value($"growth.{s}.peak_mib"))} MiB | {Fmt(value($"growth.{s}.build_seconds"))} s |");
        }
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
        "ceiling" => "`{ __typename }` (ceiling)",
        "seed" => "seed question (`faction(name: \"Army of Conquest\")` with members and evidence)",
        "neighborhood" => "`neighborhood(depth: 2)`",
        "path" => "`path(maxHops: 4)`",
        "neighborhood-uncached" => "`neighborhood(depth: 2)`, result cache off",
        "path-uncached" => "`path(maxHops: 4)`, result cache off",
        _ => q,
    };

    static string Fmt(double? value) => value is { } v ? FigureFile.Format(v) : "–";
}
