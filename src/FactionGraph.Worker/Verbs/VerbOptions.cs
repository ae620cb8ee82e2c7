namespace FactionGraph.Worker.Verbs;

/// <summary>The options verbs share: --gazetteer PATH, --json, --tagger PATH|none, and the positional arguments.</summary>
public sealed record VerbOptions(string? Gazetteer, bool Json, IReadOnlyList<string> Positional)
{
    /// <summary>A name tagger's weights file to use instead of the built-in one, or "none" for no tagger; null: the built-in one.</summary>
    public string? Tagger { get; init; }

    public static VerbOptions Parse(IReadOnlyList<string> args)
    {
        string? gazetteer = null;
        string? tagger = null;
        var json = false;
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--gazetteer" when i + 1 < args.Count: gazetteer = args[++i]; break;
                case "--gazetteer": throw new ArgumentException("--gazetteer needs a PATH.");
                case "--tagger" when i + 1 < args.Count: tagger = args[++i]; break;
                case "--tagger": throw new ArgumentException("--tagger needs a PATH (or none).");
                case "--json": json = true; break;
                default: positional.Add(args[i]); break;
            }
        }
        return new VerbOptions(gazetteer, json, positional) { Tagger = tagger };
    }
}
