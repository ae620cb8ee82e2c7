using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FactionGraph.Ingestion;
using FactionGraph.Storage;
using FactionGraph.Worker.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FactionGraph.Worker.Verbs;

/// <summary>
/// `ingest PATH...`: reads article files (or folders of them) into the configured store, each in one
/// transaction, with progress on the terminal (plain lines otherwise). Idempotent: files read before change nothing.
/// Settings come as --Section:Key=value, like the host's own command line.
/// </summary>
public sealed class IngestVerb : AsyncCommand<IngestVerb.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Article files (.txt, or .json with text and metadata) or folders of them.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--json")]
        [Description("Print the summary as one JSON object.")]
        public bool Json { get; init; }
    }

    sealed record Summary(int Files, int Applied, int Known, int Refused, double Seconds);

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = (VerbConsole)context.Data!;
        var terminal = console.TerminalUnless(settings.Json);
        // The verb applies articles itself; no worker, seed loader or inbox in this process.
        string[] hostSettings = [.. HostSettings(context.Arguments), "--Ingestion:RunWorker=false", "--Ingestion:LoadSeed=false", "--Ingestion:InboxPath=",
            // On a terminal the progress bar and the table tell the run, and routine log lines would tear the bar;
            // with --json a script reads the output, which must then hold the summary alone.
            .. terminal is null && !settings.Json ? Array.Empty<string>() : ["--Serilog:MinimumLevel:Default=Warning"]];
        using var host = WorkerHost.CreateBuilder(hostSettings).Build();
        var store = host.Services.GetRequiredService<IGraphStore>();
        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
        var options = host.Services.GetRequiredService<IOptions<IngestionOptions>>().Value;
        await store.InitializeAsync(cancellationToken);
        var files = ArticleFile.Find(settings.Paths).ToList();
        var clock = Stopwatch.StartNew();
        var summary = await VerbProgress.RunAsync(console, terminal, "articles", files.Count, plainLines: true, async tracker =>
        {
            int applied = 0, known = 0, refused = 0;
            foreach (var file in files)
            {
                var (submission, rejection) = await ArticleFile.ReadAsync(file, cancellationToken);
                QueuedArticle? article = null;
                if (submission is not null) (article, rejection) = ArticleValidator.Validate(submission, options);
                if (article is null)
                {
                    refused++;
                    tracker.Note($"{file}: {rejection!.Code} {rejection.Message}");
                }
                else if ((await ingestor.IngestAsync(article, cancellationToken)).Applied) applied++;
                else known++;
                tracker.Advance();
            }
            return new Summary(files.Count, applied, known, refused, clock.Elapsed.TotalSeconds);
        });
        if (settings.Json) await console.Output.WriteLineAsync(JsonSerializer.Serialize(summary, JsonSerializerOptions.Web));
        else if (terminal is not null) Show(terminal, summary);
        else await console.Output.WriteLineAsync($"{summary.Files} files in {summary.Seconds:0.0} s: {summary.Applied} applied, {summary.Known} already in the graph, {summary.Refused} refused");
        return summary.Refused == 0 ? 0 : 1;
    }

    /// <summary>
    /// The --Section:Key=value arguments, taken as typed: the parser would read "--Storage:Path=x" as an option
    /// "Storage" with the value "Path=x", which the host's configuration does not understand.
    /// </summary>
    static IEnumerable<string> HostSettings(IReadOnlyList<string> arguments) =>
        arguments.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains(':') && a.Contains('='));

    static void Show(IAnsiConsole terminal, Summary summary)
    {
        var rate = summary.Seconds > 0 ? summary.Files / summary.Seconds : 0;
        terminal.Write(new Table().Title("ingest").Border(TableBorder.Rounded)
            .AddColumns("files", "applied", "already in the graph", "refused", "time", "rate")
            .AddRow(
                summary.Files.ToString(CultureInfo.InvariantCulture), summary.Applied.ToString(CultureInfo.InvariantCulture),
                summary.Known.ToString(CultureInfo.InvariantCulture),
                summary.Refused > 0 ? $"[red]{summary.Refused}[/]" : "0",
                string.Create(CultureInfo.InvariantCulture, $"{summary.Seconds:0.0} s"),
                string.Create(CultureInfo.InvariantCulture, $"{rate:0.0} articles/s")));
    }
}
