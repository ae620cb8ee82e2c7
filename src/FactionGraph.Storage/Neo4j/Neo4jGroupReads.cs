using System.Text.Json;
using FactionGraph.Model;
using FactionGraph.Names;
using static FactionGraph.Storage.Neo4j.Neo4jValues;

namespace FactionGraph.Storage.Neo4j;

/// <summary>
/// What the graph holds of a group of articles before the group is written, read in one request:
/// which articles, factions, edges and evidence are there already (to tell each article's outcome),
/// the stored state of the group's factions and the name keys they own (to leave out of the write the
/// rows that would change nothing), and the stored articles that share a band key with
/// any of them (the only ones they may repeat).
/// </summary>
sealed class GroupReads
{
    /// <summary>Keys ("article:ID", "faction:ID", "relation:ID", "evidence:ID") of what the group names that the graph holds already.</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    readonly Dictionary<string, StoredFaction> factions = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> owners = new(StringComparer.Ordinal);
    readonly List<(string Id, ArticleFingerprint? Fingerprint, string? Repeats)> candidates = [];

    sealed record StoredFaction(string? Name, bool HasKind, HashSet<string>? Aliases, string? FirstSeen, string? LastSeen);

    public static async Task<GroupReads> ReadAsync(Neo4jConnection connection, IReadOnlyList<ExtractedArticle> articles, CancellationToken ct)
    {
        var relations = articles.SelectMany(a => a.Extraction.Relations).ToList();
        var (edgeEnds, edges) = Neo4jWriteBatch.ByNode(relations.Select(r => (r.Type, r.Source, r.Target)).Distinct()
            .Select(e => Row(("id", Relation.IdOf(e.Type, e.Source, e.Target)), ("type", Cypher.TypeOf(e.Type)), ("source", e.Source), ("target", e.Target))), "source", "target");
        var entities = articles.SelectMany(a => a.Extraction.Entities).ToList();
        var factionIds = entities.Select(f => f.Id).Concat(relations.SelectMany(r => (string[])[r.Source, r.Target])).Distinct().ToArray();
        // Evidence is only ever written with its article (Cypher.UpsertEvidence), and only articles not
        // stored yet are applied: their own evidence cannot be there, so only evidence an article cites
        // from another article is looked for (none from the extractor).
        var evidenceIds = articles.SelectMany(a => a.Extraction.Relations.Where(r => r.Evidence.ArticleId != a.Article.Id))
            .Select(r => r.Evidence.Id(Relation.IdOf(r.Type, r.Source, r.Target))).Distinct().ToArray();
        var bandKeys = articles.Where(a => a.Fingerprint is not null).SelectMany(a => a.Fingerprint!.BandKeys).Distinct().ToArray();
        List<CypherStatement> statements =
        [
            new(Cypher.ExistingArticles, Row(("ids", articles.Select(a => a.Article.Id).Distinct().ToArray()))),
            new(Cypher.ExistingFactions, Row(("ids", factionIds))),
            new(Cypher.ExistingEvidence, Row(("ids", evidenceIds))),
            new(Cypher.ExistingRelations, Row(("ids", edgeEnds), ("rows", edges))),
        ];
        if (bandKeys.Length > 0) statements.Add(new(Cypher.RepeatCandidates, Row(("keys", bandKeys))));
        var results = await connection.RunAsync(statements, ct);

        var reads = new GroupReads();
        foreach (var (prefix, result) in new[] { "article:", "faction:", "evidence:", "relation:" }.Zip(results))
            foreach (var row in result.Rows) reads.Keys.Add(prefix + String(row[0]));
        foreach (var row in results[1].Rows)
        {
            var id = String(row[0]);
            reads.factions[id] = new StoredFaction(NullableString(row[1]), row[2].ValueKind != JsonValueKind.Null,
                row[3].ValueKind == JsonValueKind.Array ? [.. Strings(row[3])] : null, NullableString(row[4]), NullableString(row[5]));
            foreach (var key in Strings(row[6])) reads.owners.TryAdd(key, id);
        }
        if (results.Count > 4)
            // Each signature is read once for the group: the new articles are all compared with the same candidates.
            reads.candidates.AddRange(results[4].Rows.Select(r => (String(r[0]), ArticleFingerprint.Parse(String(r[1])), NullableString(r[2]))));
        return reads;
    }

    /// <summary>
    /// The faction that owned the name key when the group was read, if it is one of the group's
    /// factions; null otherwise. The owners come from the group's factions' own names (a walk of each
    /// one's few NAMES edges, not a Lucene seek per spelling), so a key owned by a faction outside the
    /// group reads as free, and its row goes to the statement, which finds the owner itself.
    /// </summary>
    public string? OwnerOf(string key) => owners.GetValueOrDefault(key);

    /// <summary>
    /// Whether adding the spelling to the faction's aliases (Cypher.AppendAliases) would have changed
    /// nothing when the group was read: the faction had it as its name or an alias, or another of the
    /// group's factions owned its key (<see cref="OwnerOf"/>). A faction's name, once set, and the owner of a key do not change on ingestion.
    /// </summary>
    public bool ChangesNothing(string factionId, string key, string spelling) =>
        (owners.TryGetValue(key, out var owner) && owner != factionId)
        || (factions.TryGetValue(factionId, out var f) && (f.Name == spelling || f.Aliases?.Contains(spelling) == true));

    /// <summary>
    /// Whether Cypher.UpsertFactions would write the row (id, name, kind, firstSeen, lastSeen): the
    /// faction was not there, lacked its name, kind or aliases, or the row's dates widen its span.
    /// The same test as the statement's WHERE, made here so unchanged factions are not sent at all.
    /// </summary>
    public bool ChangesFaction(Dictionary<string, object?> row)
    {
        if (!factions.TryGetValue((string)row["id"]!, out var f) || f.Name is null || !f.HasKind || f.Aliases is null) return true;
        return (row["firstSeen"] is string first && (f.FirstSeen is null || string.CompareOrdinal(first, f.FirstSeen) < 0))
            || (row["lastSeen"] is string last && (f.LastSeen is null || string.CompareOrdinal(last, f.LastSeen) > 0));
    }

    /// <summary>
    /// For each new article with a fingerprint, the earlier article it repeats, if any: among the
    /// stored articles sharing a band key with the group, or earlier in this group, as if the articles
    /// came one after another. A candidate that shares no band with a given article cannot reach the
    /// threshold (0.8 of 64 minima leaves at most 12 unequal, so at least 4 of the 16 bands are equal),
    /// so comparing each article with all of the group's candidates chooses as the embedded store does.
    /// </summary>
    public Dictionary<string, string?> Repeats(IReadOnlyList<ExtractedArticle> fresh)
    {
        var repeats = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var a in fresh.Where(a => a.Fingerprint is not null))
        {
            repeats[a.Article.Id] = RepeatedArticles.Choose(a.Fingerprint!, candidates);
            candidates.Add((a.Article.Id, a.Fingerprint, repeats[a.Article.Id]));
        }
        return repeats;
    }
}
