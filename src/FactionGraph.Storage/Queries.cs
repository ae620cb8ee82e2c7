using FactionGraph.Model;

namespace FactionGraph.Storage;

/// <summary>Which way an edge runs relative to the faction asked about.</summary>
public enum Direction { Outgoing, Incoming, Both }

/// <summary>Filter for edges. Null members mean "any".</summary>
/// <param name="ActiveOn">ISO date; see <see cref="Relation.ActiveOn"/>.</param>
public sealed record RelationFilter(
    IReadOnlyCollection<RelationType>? Types = null,
    Direction Direction = Direction.Both,
    string? ActiveOn = null)
{
    public static RelationFilter All { get; } = new();
}

/// <summary>The position of a page, whatever it holds.</summary>
public interface IPage
{
    int Offset { get; }
    int Count { get; }
    int TotalCount { get; }
}

/// <summary>A page of results: offset-based underneath, exposed as cursors by the API.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int Offset) : IPage
{
    public int Count => Items.Count;
}

public sealed record FactionSearch(string? SearchKey, FactionKind? Kind, int First, int Offset);

public sealed record ArticleSearch(string? Search, string? MentioningId, int First, int Offset);

/// <summary>A piece of evidence together with the edge it supports.</summary>
public sealed record EvidenceRecord(string Id, string RelationId, Evidence Evidence);

public sealed record GraphStats(long Factions, long Relations, long Articles, long Evidence);

/// <summary>An article and what was extracted from it, ready to write.</summary>
/// <param name="Fingerprint">Of its text, to find the earlier article it repeats (<see cref="Article.Repeats"/> is set by the store, never by the caller); none for articles written without their text.</param>
public sealed record ExtractedArticle(Article Article, ArticleExtraction Extraction, ArticleFingerprint? Fingerprint = null);

/// <summary>What one article added; all zero when it had been applied before.</summary>
public sealed record IngestOutcome(bool Applied, int Factions, int Relations, int Evidence);
