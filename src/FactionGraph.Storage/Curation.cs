using System.Text.Json;
using FactionGraph.Model;
using FactionGraph.Names;

namespace FactionGraph.Storage;

/// <summary>Who made a correction: a key's id (never the key), or "loopback" when the service runs without keys.</summary>
public sealed record Curator(string Id);

/// <summary>The curator mutations, by the name the GraphQL API gives them.</summary>
public static class CuratorActions
{
    public const string AddAlias = "addAlias";
    public const string MergeFactions = "mergeFactions";
    public const string UnmergeFactions = "unmergeFactions";
}

/// <summary>Ids and times of curator records, the same on both stores.</summary>
public static class CuratorRecords
{
    /// <summary>A version 7 GUID: unique without coordination, and ordered by time like the records.</summary>
    public static string NewId() => "ca-" + Guid.CreateVersion7().ToString("N");

    /// <summary>Now, UTC, to the tick, so records made in the same second still sort in order.</summary>
    public static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// One correction as recorded, in the same transaction as the change it made.
/// </summary>
/// <param name="Id">Stable id of the record.</param>
/// <param name="Action">One of <see cref="CuratorActions"/>.</param>
/// <param name="Curator">Who made it (<see cref="Storage.Curator.Id"/>).</param>
/// <param name="At">When, UTC, ISO 8601.</param>
/// <param name="Arguments">The mutation's arguments, by name.</param>
/// <param name="UndoneBy">For a merge: the id of the unmerge that undid it, once there is one.</param>
public sealed record CuratorAction(
    string Id,
    string Action,
    string Curator,
    string At,
    IReadOnlyDictionary<string, string> Arguments,
    string? UndoneBy);

/// <summary>
/// What a merge changed, taken just before it, so that the merge can be undone: the merged faction as it
/// was, its edges with all their evidence, the articles only it was mentioned in, and what the kept faction
/// already had (its names, and the evidence already on the edges the merged ones joined). Stored with the
/// merge's record; read back by <see cref="UnmergePlan"/>.
/// </summary>
public sealed record MergeSnapshot(
    Faction Kept,
    Faction Merged,
    IReadOnlyList<string> MergedArticleIds,
    IReadOnlyList<string> KeptArticleIds,
    IReadOnlyList<Relation> Edges,
    IReadOnlyList<EvidenceRecord> Evidence,
    IReadOnlyList<string> KeptEvidenceIds)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static MergeSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<MergeSnapshot>(json, Json) ?? throw new InvalidDataException("Empty merge snapshot.");

    /// <summary>Reads what the merge of <paramref name="mergeId"/> into <paramref name="keepId"/> is about to change, through the store's own reads.</summary>
    public static async Task<MergeSnapshot> TakeAsync(IGraphStore store, string keepId, string mergeId, CancellationToken ct)
    {
        var factions = await store.GetFactionsAsync([keepId, mergeId], ct);
        var kept = factions.FirstOrDefault(f => f.Id == keepId) ?? throw NoFaction(keepId);
        var merged = factions.FirstOrDefault(f => f.Id == mergeId) ?? throw NoFaction(mergeId);
        var edges = await store.GetRelationsAsync([mergeId], RelationFilter.All, ct);
        var evidence = await store.GetEvidenceAsync([.. edges.Select(r => r.Id)], ct);
        var joined = edges.Select(r => r.Id == JoinedId(r, keepId, mergeId) ? null : JoinedId(r, keepId, mergeId)).OfType<string>().ToList();
        var keptEvidence = joined.Count == 0 ? [] : await store.GetEvidenceAsync(joined, ct);
        return new MergeSnapshot(kept, merged,
            await MentioningAsync(store, mergeId, ct), await MentioningAsync(store, keepId, ct),
            edges, evidence, [.. keptEvidence.Select(e => e.Id)]);
    }

    /// <summary>The id an edge of the merged faction has once it is re-pointed at the kept one.</summary>
    public static string JoinedId(Relation r, string keepId, string mergeId)
    {
        string Swap(string end) => end == mergeId ? keepId : end;
        return Relation.IdOf(r.Type, Swap(r.Source), Swap(r.Target));
    }

    /// <summary>True for an edge between the two factions, which a merge drops rather than make a self-loop.</summary>
    public static bool Between(Relation r, string keepId, string mergeId) =>
        (r.Source == mergeId || r.Source == keepId) && (r.Target == mergeId || r.Target == keepId);

    static async Task<IReadOnlyList<string>> MentioningAsync(IGraphStore store, string factionId, CancellationToken ct)
    {
        const int pageSize = 1000;
        var ids = new List<string>();
        for (var offset = 0; ; offset += pageSize)
        {
            var page = await store.SearchArticlesAsync(new ArticleSearch(null, factionId, pageSize, offset), ct);
            ids.AddRange(page.Items.Select(a => a.Id));
            if (page.Items.Count < pageSize || ids.Count >= page.TotalCount) return ids;
        }
    }

    static GraphStoreException NoFaction(string id) => new($"No faction has the id '{id}'.", GraphStoreErrors.NotFound);
}

/// <summary>
/// What undoing a merge writes, worked out from its <see cref="MergeSnapshot"/> and the kept faction as it
/// is now, so both stores undo a merge the same way. Evidence read after the merge (articles ingested since,
/// whose names now resolve to the kept faction) stays with the kept faction: nothing tells which of the two it meant.
/// </summary>
public sealed record UnmergePlan(
    Faction Restored,
    IReadOnlyList<string> NameKeysBack,
    IReadOnlyList<string> KeptAliases,
    IReadOnlyList<string> MentionsBack,
    IReadOnlyList<string> KeptMentionsDropped,
    IReadOnlyList<string> CopiedEvidenceIds,
    IReadOnlyList<Relation> EdgesBack,
    IReadOnlyList<EvidenceRecord> EvidenceBack,
    IReadOnlyList<(RelationType Type, string Source, string Target)> JoinedEdges)
{
    /// <summary>The kept faction's edges the merged one's edges had joined; those left without evidence go.</summary>
    public IReadOnlyList<string> JoinedEdgeIds => [.. JoinedEdges.Select(e => Relation.IdOf(e.Type, e.Source, e.Target))];

    public static UnmergePlan Of(MergeSnapshot snapshot, Faction keptNow)
    {
        var (keepId, mergeId) = (snapshot.Kept.Id, snapshot.Merged.Id);
        var keptSpellings = snapshot.Kept.Aliases.Prepend(snapshot.Kept.Name).ToHashSet(StringComparer.Ordinal);
        var keptKeys = keptSpellings.Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        var mergedSpellings = snapshot.Merged.Aliases.Prepend(snapshot.Merged.Name).ToList();
        var keysBack = mergedSpellings.Select(NameKey.Of).Where(k => k.Length > 0 && !keptKeys.Contains(k)).Distinct().ToList();
        // Spellings the merge added to the kept faction's aliases go back; any added since stay.
        var addedByMerge = mergedSpellings.Where(s => !keptSpellings.Contains(s)).ToHashSet(StringComparer.Ordinal);
        var keptMentions = snapshot.KeptArticleIds.ToHashSet(StringComparer.Ordinal);
        var keptEvidence = snapshot.KeptEvidenceIds.ToHashSet(StringComparer.Ordinal);
        var moved = snapshot.Edges.Where(r => !MergeSnapshot.Between(r, keepId, mergeId)).ToList();
        var movedIds = moved.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var joinedOf = moved.ToDictionary(r => r.Id, r => MergeSnapshot.JoinedId(r, keepId, mergeId), StringComparer.Ordinal);
        string Swap(string end) => end == mergeId ? keepId : end;
        return new UnmergePlan(
            snapshot.Merged,
            keysBack,
            [.. keptNow.Aliases.Where(a => !addedByMerge.Contains(a))],
            snapshot.MergedArticleIds,
            [.. snapshot.MergedArticleIds.Where(a => !keptMentions.Contains(a))],
            [.. snapshot.Evidence.Where(e => movedIds.Contains(e.RelationId))
                .Select(e => e.Evidence.Id(joinedOf[e.RelationId])).Where(id => !keptEvidence.Contains(id)).Distinct()],
            snapshot.Edges,
            snapshot.Evidence,
            [.. moved.Select(r => (r.Type, Swap(r.Source), Swap(r.Target))).Distinct()]);
    }

    /// <summary>The factions at the far end of the restored edges, which must still exist for the edges to come back.</summary>
    public IReadOnlyList<string> OtherEnds =>
        [.. EdgesBack.SelectMany(r => (string[])[r.Source, r.Target]).Where(id => id != Restored.Id).Distinct()];
}

/// <summary>Which earlier article a new one repeats, the same way on both stores.</summary>
public static class RepeatedArticles
{
    /// <summary>
    /// Of the candidates (id, stored signature, what they repeat), the most similar at or above
    /// <see cref="ArticleFingerprint.RepeatThreshold"/>, ties to the smaller id; a repeat of a repeat
    /// points at the original, so every copy of one text counts as that one text. Null when none is close enough.
    /// </summary>
    public static string? Choose(ArticleFingerprint fingerprint, IEnumerable<(string Id, string Signature, string? Repeats)> candidates) =>
        Choose(fingerprint, candidates.Select(c => (c.Id, ArticleFingerprint.Parse(c.Signature), c.Repeats)));

    /// <summary>
    /// The same with the candidates' signatures already read back: a group of articles compares each
    /// new article against the same stored candidates, and reading every signature again for every
    /// article (64 hex numbers each) cost more than all the comparisons.
    /// </summary>
    public static string? Choose(ArticleFingerprint fingerprint, IEnumerable<(string Id, ArticleFingerprint? Fingerprint, string? Repeats)> candidates) =>
        candidates
            .Select(c => (c.Id, c.Repeats, Similarity: c.Fingerprint is { } other ? fingerprint.Similarity(other) : 0))
            .Where(c => c.Similarity >= ArticleFingerprint.RepeatThreshold)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.Repeats ?? c.Id)
            .FirstOrDefault();
}
