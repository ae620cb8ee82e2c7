namespace FactionGraph.Model;

/// <summary>An edge of the graph as stored: one per (type, source, target), however many articles support it.</summary>
/// <param name="Since">Earliest date of asserting evidence (YYYY-MM-DD).</param>
/// <param name="Until">For MEMBER_OF: the date the member was reported to have left, if any.</param>
/// <param name="Confidence">Highest confidence among its evidence.</param>
/// <param name="Asserting">Pieces of evidence that assert or report it.</param>
/// <param name="Denying">Pieces of evidence that deny it.</param>
public sealed record Relation(
    string Id,
    RelationType Type,
    string Source,
    string Target,
    string? Since,
    string? Until,
    double Confidence,
    int Asserting,
    int Denying)
{
    /// <summary>The id of the edge (type, source, target): readable and stable.</summary>
    public static string IdOf(RelationType type, string source, string target) =>
        $"{source}~{WireName.Of(type)}~{target}";

}
