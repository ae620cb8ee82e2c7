using FactionGraph.Model;

namespace FactionGraph.Storage;

/// <summary>
/// The graph store: the one boundary with two implementations (embedded SQLite, Neo4j).
/// Reads take many ids at once so GraphQL resolves a list of parents in one call (no N+1).
/// Traversals (neighbourhood, path) are built on <see cref="GetRelationsAsync"/> by
/// <see cref="GraphTraversal"/>, so both stores answer them with the same algorithm.
/// </summary>
public interface IGraphStore : ITraversalReads
{
    /// <summary>Creates schema (tables, or constraints and indexes); safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken ct);

    /// <summary>
    /// Writes one article and what was extracted from it in one transaction. Idempotent:
    /// the same article applied again changes nothing. Factions merge by id, aliases union.
    /// </summary>
    Task<IngestOutcome> UpsertArticleAsync(Article article, ArticleExtraction extraction, CancellationToken ct);

    /// <summary>
    /// Writes several articles in one transaction, each as <see cref="UpsertArticleAsync"/> would in
    /// this order (an article applied before, or twice in the list, is applied once); one outcome per
    /// article. One commit for many articles is what makes a backlog fast to apply; either all of
    /// them are written or none.
    /// </summary>
    Task<IReadOnlyList<IngestOutcome>> UpsertArticlesAsync(IReadOnlyList<ExtractedArticle> articles, CancellationToken ct);

    /// <summary>True when the article has been applied.</summary>
    Task<bool> HasArticleAsync(string articleId, CancellationToken ct);

    new Task<IReadOnlyList<Faction>> GetFactionsAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>For each <see cref="Names.NameKey"/> some faction owns, that faction's id; unknown keys are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> ResolveNamesAsync(IReadOnlyCollection<string> nameKeys, CancellationToken ct);

    /// <summary>Factions ordered by name; search matches any name key containing the search key.</summary>
    Task<Page<Faction>> SearchFactionsAsync(FactionSearch search, CancellationToken ct);

    /// <summary>Edges touching any of the factions, filtered by type, direction and date.</summary>
    new Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> factionIds, RelationFilter filter, CancellationToken ct);

    Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct);

    /// <summary>Number of edges per faction (all types), for drawing node sizes.</summary>
    new Task<IReadOnlyDictionary<string, int>> GetDegreesAsync(IReadOnlyCollection<string> factionIds, CancellationToken ct);

    /// <summary>All evidence of the given edges.</summary>
    Task<IReadOnlyList<EvidenceRecord>> GetEvidenceAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct);

    Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>
    /// For each faction, one page of the articles mentioning it, in <see cref="SearchArticlesAsync"/>'s order
    /// and with its total: what GraphQL asks for every faction of a list at once. Factions no article mentions have an empty page.
    /// </summary>
    Task<IReadOnlyDictionary<string, Page<Article>>> GetArticlesMentioningAsync(IReadOnlyCollection<string> factionIds, int first, int offset, CancellationToken ct);

    /// <summary>Articles newest first; filtered by title text and by a faction they mention.</summary>
    Task<Page<Article>> SearchArticlesAsync(ArticleSearch search, CancellationToken ct);

    Task<GraphStats> GetStatsAsync(CancellationToken ct);

    /// <summary>
    /// Adds a name to a faction, and records who did (<see cref="GetCuratorActionsAsync"/>). Throws
    /// <see cref="GraphStoreException"/> if another faction has it.
    /// </summary>
    Task AddAliasAsync(string factionId, string alias, Curator curator, CancellationToken ct);

    /// <summary>
    /// Moves every name, edge and piece of evidence of <paramref name="mergeId"/> onto <paramref name="keepId"/>, then deletes it;
    /// edges between the two go rather than become self-loops. Records the merge with a <see cref="MergeSnapshot"/>
    /// so <see cref="UnmergeFactionsAsync"/> can undo it.
    /// </summary>
    Task MergeFactionsAsync(string keepId, string mergeId, Curator curator, CancellationToken ct);

    /// <summary>
    /// Undoes the latest merge of <paramref name="mergeId"/> not undone yet (<see cref="UnmergePlan"/>): the faction
    /// comes back with its names, mentions, edges and evidence, and the kept faction loses what came from it.
    /// Returns the id of the faction it had been merged into. Throws <see cref="GraphStoreException"/>
    /// (<see cref="GraphStoreErrors.NotFound"/>) when there is no such merge, or (<see cref="GraphStoreErrors.InvalidArgument"/>)
    /// when the kept faction, or a faction at the other end of one of its edges, has since been merged away.
    /// </summary>
    Task<string> UnmergeFactionsAsync(string mergeId, Curator curator, CancellationToken ct);

    /// <summary>Curator actions newest first; with a faction id, those whose arguments name it.</summary>
    Task<IReadOnlyList<CuratorAction>> GetCuratorActionsAsync(string? factionId, int first, CancellationToken ct);
}
