using FactionGraph.Model;
using Microsoft.Data.Sqlite;

namespace FactionGraph.Storage.Embedded;

/// <summary>
/// The embedded store as the rest of the service sees it: every SQLite failure surfaces as a
/// <see cref="GraphStoreException"/>, transient when SQLite says busy or locked, so the worker's one retry of
/// transient store errors serves this store as it serves Neo4j. Store errors the store raises itself pass unchanged.
/// </summary>
public sealed class SqliteErrors(SqliteGraphStore store) : IGraphStore
{
    // SQLITE_BUSY and SQLITE_LOCKED: another writer holds the file; the same work may succeed a moment later.
    const int Busy = 5, Locked = 6;

    public static GraphStoreException Translate(SqliteException ex) =>
        new($"SQLite: {ex.Message}", $"SQLITE_{ex.SqliteErrorCode}", ex.SqliteErrorCode is Busy or Locked, ex);

    static async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try { return await work(); }
        catch (SqliteException ex) { throw Translate(ex); }
    }

    static async Task Guard(Func<Task> work)
    {
        try { await work(); }
        catch (SqliteException ex) { throw Translate(ex); }
    }

    public Task InitializeAsync(CancellationToken ct) => Guard(() => store.InitializeAsync(ct));
    public Task<IngestOutcome> UpsertArticleAsync(Article article, ArticleExtraction extraction, CancellationToken ct) => Guard(() => store.UpsertArticleAsync(article, extraction, ct));
    public Task<IReadOnlyList<IngestOutcome>> UpsertArticlesAsync(IReadOnlyList<ExtractedArticle> articles, CancellationToken ct) => Guard(() => store.UpsertArticlesAsync(articles, ct));
    public Task<bool> HasArticleAsync(string articleId, CancellationToken ct) => Guard(() => store.HasArticleAsync(articleId, ct));
    public Task<IReadOnlyList<Faction>> GetFactionsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) => Guard(() => store.GetFactionsAsync(ids, ct));
    public Task<IReadOnlyDictionary<string, string>> ResolveNamesAsync(IReadOnlyCollection<string> nameKeys, CancellationToken ct) => Guard(() => store.ResolveNamesAsync(nameKeys, ct));
    public Task<Page<Faction>> SearchFactionsAsync(FactionSearch search, CancellationToken ct) => Guard(() => store.SearchFactionsAsync(search, ct));
    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> factionIds, RelationFilter filter, CancellationToken ct) => Guard(() => store.GetRelationsAsync(factionIds, filter, ct));
    public Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct) => Guard(() => store.GetRelationsByIdAsync(relationIds, ct));
    public Task<IReadOnlyDictionary<string, int>> GetDegreesAsync(IReadOnlyCollection<string> factionIds, CancellationToken ct) => Guard(() => store.GetDegreesAsync(factionIds, ct));
    public Task<IReadOnlyList<EvidenceRecord>> GetEvidenceAsync(IReadOnlyCollection<string> relationIds, CancellationToken ct) => Guard(() => store.GetEvidenceAsync(relationIds, ct));
    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) => Guard(() => store.GetArticlesAsync(ids, ct));
    public Task<IReadOnlyDictionary<string, Page<Article>>> GetArticlesMentioningAsync(IReadOnlyCollection<string> factionIds, int first, int offset, CancellationToken ct) => Guard(() => store.GetArticlesMentioningAsync(factionIds, first, offset, ct));
    public Task<Page<Article>> SearchArticlesAsync(ArticleSearch search, CancellationToken ct) => Guard(() => store.SearchArticlesAsync(search, ct));
    public Task<GraphStats> GetStatsAsync(CancellationToken ct) => Guard(() => store.GetStatsAsync(ct));
    public Task AddAliasAsync(string factionId, string alias, Curator curator, CancellationToken ct) => Guard(() => store.AddAliasAsync(factionId, alias, curator, ct));
    public Task MergeFactionsAsync(string keepId, string mergeId, Curator curator, CancellationToken ct) => Guard(() => store.MergeFactionsAsync(keepId, mergeId, curator, ct));
    public Task<string> UnmergeFactionsAsync(string mergeId, Curator curator, CancellationToken ct) => Guard(() => store.UnmergeFactionsAsync(mergeId, curator, ct));
    public Task<IReadOnlyList<CuratorAction>> GetCuratorActionsAsync(string? factionId, int first, CancellationToken ct) => Guard(() => store.GetCuratorActionsAsync(factionId, first, ct));
}
