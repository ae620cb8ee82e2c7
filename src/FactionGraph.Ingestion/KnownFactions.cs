using FactionGraph.Model;
using FactionGraph.Names;
using FactionGraph.Storage;

namespace FactionGraph.Ingestion;

/// <summary>
/// Puts an article's factions onto the ones the graph already knows by name. The extractor names a group the
/// gazetteer lacks after its spelling in this article, and analysts merge factions and add aliases; so an id
/// the graph does not hold, whose name the graph gives to another faction, is that faction. Without this,
/// a group spelled anew, or merged away by an analyst, would come back as a second node.
/// </summary>
public static class KnownFactions
{
    public static async Task<ArticleExtraction> ResolveAsync(ArticleExtraction extraction, IGraphStore store, CancellationToken ct)
    {
        if (extraction.Entities.Count == 0) return extraction;
        var keys = extraction.Entities.ToDictionary(e => e.Id, e => NameKey.Of(e.Name), StringComparer.Ordinal);
        var owners = await store.ResolveNamesAsync([.. keys.Values.Where(k => k.Length > 0).Distinct()], ct);
        var elsewhere = keys.Where(k => owners.TryGetValue(k.Value, out var owner) && owner != k.Key).Select(k => k.Key).ToList();
        if (elsewhere.Count == 0) return extraction;
        var held = (await store.GetFactionsAsync(elsewhere, ct)).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var moved = elsewhere.Where(id => !held.Contains(id)).ToDictionary(id => id, id => owners[keys[id]], StringComparer.Ordinal);
        return moved.Count == 0 ? extraction : Rename(extraction, moved);
    }

    static ArticleExtraction Rename(ArticleExtraction extraction, Dictionary<string, string> moved)
    {
        string To(string id) => moved.GetValueOrDefault(id, id);
        // Two factions of the article may land on one: keep the first, with the names of both.
        var entities = extraction.Entities.GroupBy(e => To(e.Id)).Select(g => g.First() with
        {
            Id = g.Key,
            Aliases = [.. g.SelectMany(e => e.Aliases.Prepend(e.Name)).Where(n => n != g.First().Name).Distinct(StringComparer.Ordinal)],
        }).ToList();
        var relations = extraction.Relations.Select(r => r with { Source = To(r.Source), Target = To(r.Target) })
            .Where(r => r.Source != r.Target).ToList();
        return new ArticleExtraction(entities, relations);
    }
}
