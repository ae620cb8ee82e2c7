using FactionGraph.Model;
using FactionGraph.Names;
using static FactionGraph.Storage.Neo4j.Neo4jValues;

namespace FactionGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IngestOutcome> UpsertArticleAsync(Article article, ArticleExtraction extraction, CancellationToken ct) =>
        (await UpsertArticlesAsync([new(article, extraction)], ct))[0];

    /// <summary>
    /// One request of reads (which of the articles, factions, names, edges and evidence are there
    /// already, and the stored articles the new ones may repeat), then one request that writes every
    /// new article of the group with one statement per kind of row for all of them together, which
    /// Neo4j commits as one transaction: a group of a hundred articles costs about as many statements
    /// as one. Rows keep the articles' order, so names are claimed and aliases added as if the articles
    /// came one after another. Each statement is a MERGE on unique ids or changes only what it finds
    /// missing, so a retried or repeated request changes nothing more. What each article added is told
    /// from the reads, as the articles would have added it one at a time. The reads also keep out of
    /// the write the rows that would change nothing (most of a group's factions, names and aliases are
    /// there already); the statements still check every row they get.
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> UpsertArticlesAsync(IReadOnlyList<ExtractedArticle> articles, CancellationToken ct)
    {
        var stored = await GroupReads.ReadAsync(connection, articles, ct);
        var existing = stored.Keys;
        var fresh = new List<ExtractedArticle>();
        var outcomes = new List<IngestOutcome>(articles.Count);
        foreach (var a in articles)
        {
            // Applied before, or earlier in this group: nothing changes.
            if (!existing.Add("article:" + a.Article.Id)) { outcomes.Add(new IngestOutcome(false, 0, 0, 0)); continue; }
            fresh.Add(a);
            var relations = a.Extraction.Relations;
            outcomes.Add(new IngestOutcome(true,
                a.Extraction.Entities.Count(f => existing.Add("faction:" + f.Id)),
                relations.Count(r => existing.Add("relation:" + Relation.IdOf(r.Type, r.Source, r.Target))),
                relations.Count(r => existing.Add("evidence:" + r.Evidence.Id(Relation.IdOf(r.Type, r.Source, r.Target))))));
            // An edge's write creates its bare ends, which a later article's factions then find there.
            foreach (var r in relations) { existing.Add("faction:" + r.Source); existing.Add("faction:" + r.Target); }
        }
        if (fresh.Count == 0) return outcomes;

        var repeats = stored.Repeats(fresh);
        var batch = new Neo4jWriteBatch(options.BatchWrites);
        batch.AddRows("articles", Cypher.UpsertArticles, [.. fresh.Select(a => Row(("id", a.Article.Id), ("title", a.Article.Title),
            ("url", a.Article.Url), ("publishedAt", a.Article.PublishedAt), ("outlet", a.Article.Outlet),
            ("repeats", repeats.GetValueOrDefault(a.Article.Id)), ("signature", a.Fingerprint?.Signature)))]);
        batch.AddRows("bands", Cypher.AddArticleBands, [.. fresh.Where(a => a.Fingerprint is not null)
            .SelectMany(a => a.Fingerprint!.BandKeys.Select(key => Row(("key", key), ("articleId", a.Article.Id))))]);
        batch.AddRows("factions", Cypher.UpsertFactions, [.. FactionRows(fresh).Where(stored.ChangesFaction)]);
        AddNames(batch, fresh.SelectMany(a => a.Extraction.Entities).Select(f => (f.Id, (IEnumerable<string>)f.Aliases.Prepend(f.Name))), stored);
        batch.AddRowsByNode("mentions", Cypher.AddMentions, [.. fresh.Where(a => a.Extraction.Entities.Count > 0)
            .Select(a => Row(("articleId", a.Article.Id), ("factionIds", a.Extraction.Entities.Select(f => f.Id).Distinct().ToArray())))], "factionIds");
        var relationsOfGroup = fresh.SelectMany(a => a.Extraction.Relations).ToList();
        batch.AddRowsByNode("evidence", Cypher.UpsertEvidence, [.. relationsOfGroup.Select(EvidenceRow).DistinctBy(row => row["id"])], "articleId");
        // New edges count themselves into their ends' degrees (UpsertRelations): nothing counts a faction's edges again.
        AddRelations(batch, relationsOfGroup.Select(r => (r.Type, r.Source, r.Target)));
        await batch.RunAsync(connection, ct);
        return outcomes;
    }

    /// <summary>
    /// One row per faction the articles name, in order of first mention: the first name and kind (as
    /// the articles one after another would leave them), the earliest and latest article dates.
    /// </summary>
    static List<Dictionary<string, object?>> FactionRows(IEnumerable<ExtractedArticle> articles)
    {
        var rows = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var a in articles)
            foreach (var f in a.Extraction.Entities)
            {
                var date = a.Article.PublishedAt;
                if (!rows.TryGetValue(f.Id, out var row))
                {
                    rows[f.Id] = Row(("id", f.Id), ("name", f.Name), ("kind", WireName.Of(f.Kind)), ("firstSeen", date), ("lastSeen", date));
                    continue;
                }
                if (date is null) continue;
                if (row["firstSeen"] is not string first || string.CompareOrdinal(date, first) < 0) row["firstSeen"] = date;
                if (row["lastSeen"] is not string last || string.CompareOrdinal(date, last) > 0) row["lastSeen"] = date;
            }
        return [.. rows.Values];
    }

    /// <summary>Stores the degrees of the factions whose edges a curator's change moved or deleted; after every edge write of the batch.</summary>
    static void AddDegrees(Neo4jWriteBatch batch, IEnumerable<string> factionIds)
    {
        var ids = factionIds.Distinct().ToArray();
        if (ids.Length > 0) batch.Add("degrees", Cypher.RefreshDegrees, ("ids", ids));
    }

    static Dictionary<string, object?> EvidenceRow(ExtractedRelation r)
    {
        var id = Relation.IdOf(r.Type, r.Source, r.Target);
        var e = r.Evidence;
        return Row(("id", e.Id(id)), ("relationId", id), ("articleId", e.ArticleId), ("quote", e.Quote), ("start", e.Start), ("end", e.End),
            ("rule", e.Rule), ("confidence", e.Confidence), ("stance", WireName.Of(e.Stance)), ("date", e.Date));
    }

    /// <summary>
    /// Names of factions, in order: each key goes to the first faction that claims it unless another
    /// faction owns it already; then each spelling whose key its faction owns joins its aliases.
    /// Given what a group's reads found (<paramref name="stored"/>), keys that had an owner then are
    /// not claimed again and spellings their faction had then are not added again: they would change
    /// nothing, and they were nearly all of a group's rows. Curators' changes pass no reads, so every
    /// row goes, and the count of claims tells whether the name was free.
    /// </summary>
    static void AddNames(Neo4jWriteBatch batch, IEnumerable<(string FactionId, IEnumerable<string> Names)> factions, GroupReads? stored = null)
    {
        var spellings = factions
            .SelectMany(f => f.Names.Select(name => (f.FactionId, Key: NameKey.Of(name), Name: name)))
            .Where(x => x.Key.Length > 0).ToList();
        batch.AddRows("claims", Cypher.ClaimNames,
            [.. spellings.DistinctBy(x => x.Key).Where(x => stored?.OwnerOf(x.Key) is null)
                .Select(x => Row(("factionId", x.FactionId), ("key", x.Key)))]);
        // A spelling repeated for the same faction (a group's articles name the same factions) changes nothing the second time.
        batch.AddRows("aliases", Cypher.AppendAliases,
            [.. spellings.Distinct().Where(x => stored is null || !stored.ChangesNothing(x.FactionId, x.Key, x.Name))
                .Select(x => Row(("factionId", x.FactionId), ("key", x.Key), ("name", x.Name)))]);
    }

    /// <summary>
    /// Edges grouped by type (one statement per type, as types cannot be parameters), each
    /// recomputing its derived properties, then the end dates of the memberships they touch.
    /// Evidence must already be in the batch.
    /// </summary>
    static void AddRelations(Neo4jWriteBatch batch, IEnumerable<(RelationType Type, string Source, string Target)> edges)
    {
        var distinct = edges.Distinct().ToList();
        foreach (var group in distinct.GroupBy(e => e.Type).OrderBy(g => g.Key))
            batch.AddRowsByNode("relations", Cypher.UpsertRelations(group.Key),
                [.. group.Select(e => Row(("id", Relation.IdOf(e.Type, e.Source, e.Target)), ("source", e.Source), ("target", e.Target)))], "source", "target");
        batch.AddRowsByNode("memberships", Cypher.RefreshMemberships,
            [.. distinct.Where(e => e.Type is RelationType.MemberOf or RelationType.Left)
                .Select(e => (e.Source, e.Target)).Distinct()
                .Select(e => Row(("source", e.Source), ("target", e.Target), ("leftId", Relation.IdOf(RelationType.Left, e.Source, e.Target))))], "source", "target");
    }
}
