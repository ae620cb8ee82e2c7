using FactionGraph.Worker;
using FactionGraph.Worker.Verbs;

// A dispatcher only: each verb lives in Verbs/; with no verb, the worker runs as a service.
return args switch
{
    ["extract", .. var rest] => ExtractVerb.Run(rest, Console.Out, Console.Error),
    ["evaluate", .. var rest] => EvaluateVerb.Run(rest, Console.Out, Console.Error),
    ["explain", .. var rest] => ExplainVerb.Run(rest, Console.Out, Console.Error),
    ["train-tagger", .. var rest] => TrainTaggerVerb.Run(rest, Console.Out, Console.Error),
    ["ingest", .. var rest] => await IngestVerb.RunAsync(Paths(rest), Settings(rest), Console.Out, Console.Error),
    ["help" or "--help" or "-h", ..] => Usage(),
    _ when args.Length == 0 || args[0].StartsWith("--") => await WorkerHost.RunAsync(args),
    _ => Usage(),
};

// Settings for the ingest verb come as --Section:Key=value, like the host's own command line.
static string[] Settings(string[] args) => [.. args.Where(a => a.StartsWith("--"))];

static string[] Paths(string[] args) => [.. args.Where(a => !a.StartsWith("--"))];

static int Usage()
{
    Console.Error.WriteLine("usage: FactionGraph.Worker                      run the ingestion worker (queue, seed, inbox)");
    Console.Error.WriteLine("       FactionGraph.Worker extract [--gazetteer PATH] [--tagger PATH|none] FILE...");
    Console.Error.WriteLine("       FactionGraph.Worker explain [--gazetteer PATH] FILE | --text SENTENCE   (how a text is parsed and read)");
    Console.Error.WriteLine("       FactionGraph.Worker evaluate [--gazetteer PATH] [--json] [--errors] CORPUS_DIR   (tests/corpus or a real-text part)");
    Console.Error.WriteLine("       FactionGraph.Worker ingest PATH... [--Storage:Provider=Neo4j ...]");
    Console.Error.WriteLine("       FactionGraph.Worker train-tagger [--gazetteer PATH] [--half 0|1] --out FILE CORPUS_DIR");
    return 2;
}
