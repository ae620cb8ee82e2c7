using FactionGraph.Extraction;
using FactionGraph.Model;

namespace FactionGraph.Worker.Evaluation;

/// <summary>Runs the extractor over each real-text excerpt exactly as the extract verb runs it over ID.txt, and scores it.</summary>
public static class RealTextEvaluator
{
    public static RealTextScore Evaluate(FactionExtractor extractor, IEnumerable<RealTextExcerpt> excerpts, string part)
    {
        var score = new RealTextScore { Part = part };
        foreach (var excerpt in excerpts) RealTextScorer.Add(score, excerpt, Extract(extractor, excerpt.Text));
        return score;
    }

    /// <summary>
    /// The extract verb's reading: a leading BOM dropped, no publication date, the id from the text. A blank text gets an
    /// error line from that verb, which score.py counts as output with nothing found: here, an empty extraction.
    /// </summary>
    static ArticleExtraction Extract(FactionExtractor extractor, string text)
    {
        text = text.TrimStart('\uFEFF');
        return string.IsNullOrWhiteSpace(text) ? new ArticleExtraction([], []) : extractor.Extract(text, ArticleId.FromText(text), null);
    }

    /// <summary>The name score.py gives a part: the last folder of the path as given.</summary>
    public static string PartName(string directory)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(directory);
        var name = Path.GetFileName(trimmed);
        return name.Length > 0 ? name : trimmed;
    }
}
