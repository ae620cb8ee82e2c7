namespace FactionGraph.Bench;

/// <summary>
/// How big each benchmark run is. run.sh reads the HTTP-side settings from here (`scale NAME`
/// prints them as shell variables), so one table decides everything.
/// </summary>
/// <param name="Articles">Synthetic articles for extraction and ingestion.</param>
/// <param name="MeasureSeconds">Time spent on each in-process throughput measurement.</param>
/// <param name="Neo4jArticles">Articles written to Neo4j in each write mode (batched, per row).</param>
/// <param name="WrkSeconds">Duration of each wrk run (after a warm-up of a third of it).</param>
/// <param name="GrowthRelations">Graph sizes for the growth runs.</param>
sealed record Scale(string Name, int Articles, int MeasureSeconds, int Neo4jArticles, int WrkSeconds, int[] GrowthRelations)
{
    public static Scale Of(string name) => name switch
    {
        // 1M relations take about two minutes to write on 2 cores; small stops at 100k to stay under 5 minutes.
        "small" => new(name, 2_000, 3, 100, 5, [10_000, 100_000]),
        "medium" => new(name, 10_000, 5, 400, 10, [10_000, 100_000, 1_000_000]),
        "large" => new(name, 50_000, 10, 2_000, 20, [10_000, 100_000, 1_000_000, 2_000_000]),
        _ => throw new ArgumentException($"Unknown scale '{name}' (small, medium or large)."),
    };

    public string ShellVariables() =>
        $"ARTICLES={Articles}\nWRK_SECONDS={WrkSeconds}\nGROWTH=\"{string.Join(' ', GrowthRelations)}\"\n";
}
