using FactionGraph.Model;
using FactionGraph.Names;
using static FactionGraph.Storage.Neo4j.Neo4jValues;

namespace FactionGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IngestOutcome> UpsertArticleAsync(Article article, ArticleExtraction extraction, CancellationToken ct) =>
        (await UpsertArticlesAsync([new(article, extraction)], ct))[0];

    /// <summary>
    /// One read (which articles are there already?) and then one request with every write of the
    /// others, each article's statements in turn, which Neo4j commits as one transaction. Each
    /// statement is a MERGE on unique ids, so a retried or repeated request changes nothing more.
    /// Degrees are stored once at the end, for every faction whose edges the group touched.
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> UpsertArticlesAsync(IReadOnlyList<ExtractedArticle> articles, CancellationToken ct)
    {
        var present = (await QueryAsync(Cypher.ExistingArticles, ct, ("ids", articles.Select(a => a.Article.Id).Distinct().ToArray()))).Rows
            .Select(r => String(r[0])).ToHashSet(StringComparer.Ordinal);
        var batch = new Neo4jWriteBatch(options.BatchWrites);
        var tags = new List<string?>();
        foreach (var (article, extraction) in articles)
        {
            if (!present.Add(article.Id)) { tags.Add(null); continue; } // applied before, or earlier in this group: nothing changes
            var tag = $"{tags.Count}:";
            tags.Add(tag);
            AddArticle(batch, tag, article, extraction);
        }
        AddDegrees(batch, articles.SelectMany(a => a.Extraction.Relations).SelectMany(r => (string[])[r.Source, r.Target]));
        if (batch.Statements.Count == 0) return [.. tags.Select(_ => new IngestOutcome(false, 0, 0, 0))];
        var results = await batch.RunAsync(connection, ct);
        return [.. tags.Select(tag => tag is null ? new IngestOutcome(false, 0, 0, 0) : new IngestOutcome(true,
            batch.Sum(results, tag + "factions", "nodes_created"), batch.Sum(results, tag + "relations", "relationships_created"),
            batch.Sum(results, tag + "evidence", "nodes_created")))];
    }

    /// <summary>Every write of one article, its statements tagged with <paramref name="tag"/> so its counters can be told apart.</summary>
    void AddArticle(Neo4jWriteBatch batch, string tag, Article article, ArticleExtraction extraction)
    {
        batch.Add(tag + "article", Cypher.UpsertArticle, ("id", article.Id), ("title", article.Title), ("url", article.Url),
            ("publishedAt", article.PublishedAt), ("outlet", article.Outlet));
        batch.AddRows(tag + "factions", Cypher.UpsertFactions,
            [.. extraction.Entities.Select(f => Row(("id", f.Id), ("name", f.Name), ("kind", WireName.Of(f.Kind))))], ("date", article.PublishedAt));
        AddNames(batch, extraction.Entities.Select(f => (f.Id, (IEnumerable<string>)f.Aliases.Prepend(f.Name))), tag);
        batch.AddRows(tag + "mentions", Cypher.AddMentions, [.. extraction.Entities.Select(f => f.Id).Distinct()], ("articleId", article.Id));
        batch.AddRows(tag + "evidence", Cypher.UpsertEvidence, [.. extraction.Relations.Select(EvidenceRow).DistinctBy(row => row["id"])]);
        AddRelations(batch, extraction.Relations.Select(r => (r.Type, r.Source, r.Target)), tag);
    }

    /// <summary>Stores the degrees of the factions whose edges the batch changed; after every edge write of the batch.</summary>
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
    /// </summary>
    static void AddNames(Neo4jWriteBatch batch, IEnumerable<(string FactionId, IEnumerable<string> Names)> factions, string tag = "")
    {
        var spellings = factions
            .SelectMany(f => f.Names.Select(name => (f.FactionId, Key: NameKey.Of(name), Name: name)))
            .Where(x => x.Key.Length > 0).ToList();
        batch.AddRows(tag + "claims", Cypher.ClaimNames,
            [.. spellings.DistinctBy(x => x.Key).Select(x => Row(("factionId", x.FactionId), ("key", x.Key)))]);
        batch.AddRows(tag + "aliases", Cypher.AppendAliases,
            [.. spellings.Select(x => Row(("factionId", x.FactionId), ("key", x.Key), ("name", x.Name)))]);
    }

    /// <summary>
    /// Edges grouped by type (one statement per type, as types cannot be parameters), each
    /// recomputing its derived properties, then the end dates of the memberships they touch.
    /// Evidence must already be in the batch.
    /// </summary>
    static void AddRelations(Neo4jWriteBatch batch, IEnumerable<(RelationType Type, string Source, string Target)> edges, string tag = "")
    {
        var distinct = edges.Distinct().ToList();
        foreach (var group in distinct.GroupBy(e => e.Type).OrderBy(g => g.Key))
            batch.AddRows(tag + "relations", Cypher.UpsertRelations(group.Key),
                [.. group.Select(e => Row(("id", Relation.IdOf(e.Type, e.Source, e.Target)), ("source", e.Source), ("target", e.Target)))]);
        batch.AddRows(tag + "memberships", Cypher.RefreshMemberships,
            [.. distinct.Where(e => e.Type is RelationType.MemberOf or RelationType.Left)
                .Select(e => (e.Source, e.Target)).Distinct()
                .Select(e => Row(("source", e.Source), ("target", e.Target), ("leftId", Relation.IdOf(RelationType.Left, e.Source, e.Target))))]);
    }
}
