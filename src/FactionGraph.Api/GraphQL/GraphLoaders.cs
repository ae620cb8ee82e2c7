using System.Collections.Concurrent;
using FactionGraph.Model;
using FactionGraph.Storage;
using GraphQL.DataLoader;

namespace FactionGraph.Api.GraphQL;

/// <summary>
/// Batched reads for relationship fields, one set per request: every parent in a list asks here,
/// and the store is called once per field per level with all their ids (no query per parent).
/// </summary>
public sealed class GraphLoaders(IGraphStore store)
{
    readonly ConcurrentDictionary<string, object> loaders = new();

    BatchLoader<string, T> Loader<T>(string name, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch, T missing) =>
        (BatchLoader<string, T>)loaders.GetOrAdd(name, _ => new BatchLoader<string, T>(fetch, missing));

    public IDataLoaderResult<Faction?> Faction(string id) =>
        Loader<Faction?>("factions", async (ids, ct) => (await store.GetFactionsAsync(ids, ct)).ToDictionary(f => f.Id, f => (Faction?)f), null).Load(id);

    public IDataLoaderResult<Article?> Article(string id) =>
        Loader<Article?>("articles", async (ids, ct) => (await store.GetArticlesAsync(ids, ct)).ToDictionary(a => a.Id, a => (Article?)a), null).Load(id);

    public IDataLoaderResult<IReadOnlyList<EvidenceRecord>> Evidence(string relationId) =>
        Loader<IReadOnlyList<EvidenceRecord>>("evidence", async (ids, ct) =>
            (await store.GetEvidenceAsync(ids, ct)).GroupBy(e => e.RelationId).ToDictionary(g => g.Key, g => (IReadOnlyList<EvidenceRecord>)[.. g]), []).Load(relationId);

    /// <summary>A page of the articles mentioning a faction; one store call for every faction asking for the same page.</summary>
    public IDataLoaderResult<Page<Article>> ArticlesMentioning(string factionId, int first, int offset) =>
        Loader<Page<Article>>($"mentioning:{first}:{offset}", async (ids, ct) => await store.GetArticlesMentioningAsync(ids, first, offset, ct),
            new Page<Article>([], 0, offset)).Load(factionId);

    /// <summary>
    /// How many distinct sources stand behind each edge: two store calls for all the edges of a level (their
    /// evidence, then the articles it quotes), however many edges ask.
    /// </summary>
    public IDataLoaderResult<EdgeSources> Sources(string relationId) =>
        Loader<EdgeSources>("sources", async (ids, ct) =>
        {
            var evidence = await store.GetEvidenceAsync(ids, ct);
            var articles = (await store.GetArticlesAsync([.. evidence.Select(e => e.Evidence.ArticleId).Distinct()], ct)).ToDictionary(a => a.Id);
            return evidence.GroupBy(e => e.RelationId).ToDictionary(g => g.Key, g => EdgeSources.Of(g.Select(e => e.Evidence), articles));
        }, EdgeSources.None).Load(relationId);

    /// <summary>Edges of a faction; one loader per distinct filter, so differently filtered fields batch separately.</summary>
    public IDataLoaderResult<IReadOnlyList<Relation>> Relations(string factionId, RelationFilter filter)
    {
        var key = $"relations:{filter.Direction}:{filter.ActiveOn}:{string.Join(',', filter.Types ?? [])}";
        return Loader<IReadOnlyList<Relation>>(key, async (ids, ct) =>
        {
            var byEnd = new List<(string End, Relation Relation)>();
            foreach (var r in await store.GetRelationsAsync(ids, filter, ct))
            {
                if (filter.Direction != Direction.Incoming) byEnd.Add((r.Source, r));
                if (filter.Direction != Direction.Outgoing && r.Target != r.Source) byEnd.Add((r.Target, r));
            }
            return byEnd.GroupBy(p => p.End).ToDictionary(g => g.Key, g => (IReadOnlyList<Relation>)[.. g.Select(p => p.Relation)]);
        }, []).Load(factionId);
    }
}
