namespace FactionGraph.Worker.Verbs;

/// <summary>The options verbs share: --gazetteer PATH, --json, and the positional arguments.</summary>
public sealed record VerbOptions(string? Gazetteer, bool Json, IReadOnlyList<string> Positional)
{
    public static VerbOptions Parse(IReadOnlyList<string> args)
    {
        string? gazetteer = null;
        var json = false;
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--gazetteer" when i + 1 < args.Count: gazetteer = args[++i]; break;
                case "--gazetteer": throw new ArgumentException("--gazetteer needs a PATH.");
                case "--json": json = true; break;
                default: positional.Add(args[i]); break;
            }
        }
        return new VerbOptions(gazetteer, json, positional);
    }
}
