namespace FactionGraph.Model;

/// <summary>One sentence of one article that supports (or denies) one relation.</summary>
/// <param name="ArticleId">The article quoted.</param>
/// <param name="Quote">The sentence, verbatim.</param>
/// <param name="Start">Offset of the sentence's first character in the article text.</param>
/// <param name="End">Offset just past the sentence's last character.</param>
/// <param name="Rule">Name of the extraction rule that fired, so an analyst can see why.</param>
/// <param name="Confidence">0..1, how sure the rule is.</param>
/// <param name="Stance">Asserted, denied or reported.</param>
/// <param name="Date">Date the claim refers to (YYYY-MM-DD): a date in the sentence, else the article's publication date.</param>
public sealed record Evidence(
    string ArticleId,
    string Quote,
    int Start,
    int End,
    string Rule,
    double Confidence,
    Stance Stance,
    string? Date = null)
{
    /// <summary>Stable id: the same sentence read again is the same evidence.</summary>
    public string Id(string relationId) => $"{relationId}@{ArticleId}:{Start}";
}
