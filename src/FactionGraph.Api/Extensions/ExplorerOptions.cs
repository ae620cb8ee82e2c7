namespace FactionGraph.Api.Extensions;

/// <summary>Settings of the explorer (section "Explorer").</summary>
public sealed class ExplorerOptions
{
    public const string Section = "Explorer";

    /// <summary>Folder of the built explorer and GraphiQL (src/FactionGraph.Explorer's dist/); relative paths are beside the build. Default "explorer".</summary>
    public string Path { get; set; } = "explorer";
}
