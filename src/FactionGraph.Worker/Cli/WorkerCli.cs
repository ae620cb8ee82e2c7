using FactionGraph.Worker.Verbs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FactionGraph.Worker.Cli;

/// <summary>The worker's verbs on Spectre.Console.Cli: parsing, `--help` for the whole and for each verb, and exit codes.</summary>
public static class WorkerCli
{
    /// <summary>Exit code for arguments that cannot be read, as the verbs have always used.</summary>
    public const int BadArguments = 2;

    public static Task<int> RunAsync(IReadOnlyList<string> args, VerbConsole console)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("FactionGraph.Worker");
            config.UseAssemblyInformationalVersion();
            // Help goes to the output (a terminal's, or plain text when piped); errors to the error stream.
            config.ConfigureConsole(console.Terminal ?? PlainConsole(console.Output));
            config.SetExceptionHandler((e, _) =>
            {
                console.Errors.WriteLine($"FactionGraph.Worker: {e.Message} (see --help)");
                return BadArguments;
            });
            config.AddCommand<ExtractVerb>("extract").WithData(console)
                .WithDescription("Print one JSON line per article file: the factions and relations read from it.")
                .WithExample("extract", "graph-seed/articles/2015-03-26-idlib-offensive.txt");
            config.AddCommand<ExplainVerb>("explain").WithData(console)
                .WithDescription("Show how extraction reads a text: each sentence as the parser saw it, its links and the relations read.")
                .WithExample("explain", "--text", "Liwa al-Haqq defected from Ahrar al-Sham in 2016.");
            config.AddCommand<EvaluateVerb>("evaluate").WithData(console)
                .WithDescription("Score extraction against a hand-annotated corpus (tests/corpus) or a part of the real-text corpus.")
                .WithExample("evaluate", "tests/corpus");
            config.AddCommand<IngestVerb>("ingest").WithData(console)
                .WithDescription("Read article files or folders into the configured store; settings as --Section:Key=value.")
                .WithExample("ingest", "articles/", "--Storage:Provider=Neo4j");
            config.AddCommand<TrainTaggerVerb>("train-tagger").WithData(console)
                .WithDescription("Train the name tagger on a real-text corpus part and write its weights.")
                .WithExample("train-tagger", "--out", "tagger.tsv", "../shared/realtext/dev");
        });
        return app.RunAsync(args);
    }

    /// <summary>For tests and scripts: the verbs with plain output only.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors) =>
        RunAsync(args, VerbConsole.Plain(output, errors)).GetAwaiter().GetResult();

    static IAnsiConsole PlainConsole(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(writer),
    });
}
