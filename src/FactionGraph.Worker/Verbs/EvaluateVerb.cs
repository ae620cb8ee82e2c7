namespace FactionGraph.Worker.Verbs;

/// <summary>evaluate CORPUS_DIR: precision, recall and F1 of extraction against the corpus's gold files.</summary>
public static class EvaluateVerb
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        errors.WriteLine("evaluate: not yet implemented.");
        return 2;
    }
}
