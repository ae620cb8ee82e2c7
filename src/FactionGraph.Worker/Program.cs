using FactionGraph.Worker.Verbs;

// A dispatcher only: each verb lives in Verbs/.
return args switch
{
    ["extract", .. var rest] => ExtractVerb.Run(rest, Console.Out, Console.Error),
    ["evaluate", .. var rest] => EvaluateVerb.Run(rest, Console.Out, Console.Error),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: FactionGraph.Worker extract [--gazetteer PATH] FILE...");
    Console.Error.WriteLine("       FactionGraph.Worker evaluate [--gazetteer PATH] [--json] CORPUS_DIR");
    return 2;
}
