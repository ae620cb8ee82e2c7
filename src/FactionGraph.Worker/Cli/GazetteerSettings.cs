using System.ComponentModel;
using Spectre.Console.Cli;

namespace FactionGraph.Worker.Cli;

/// <summary>The option every extraction verb shares: which gazetteer to read names from.</summary>
public class GazetteerSettings : CommandSettings
{
    [CommandOption("--gazetteer <PATH>")]
    [Description("The gazetteer (JSON). Default: graph-seed/gazetteer.json, found by walking up from the working directory and from the executable's.")]
    public string? Gazetteer { get; init; }
}
