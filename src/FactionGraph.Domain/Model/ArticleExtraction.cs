namespace FactionGraph.Model;

/// <summary>A relation read from one sentence, between two resolved entities.</summary>
public sealed record ExtractedRelation(
    RelationType Type,
    string Source,
    string Target,
    Evidence Evidence);

/// <summary>Everything extraction read out of one article: the factions it mentions and the relations between them.</summary>
public sealed record ArticleExtraction(
    IReadOnlyList<Faction> Entities,
    IReadOnlyList<ExtractedRelation> Relations);
