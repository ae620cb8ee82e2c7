using System.Text.Json;
using FactionGraph.Model;
using FactionGraph.Names;
using static FactionGraph.Storage.Neo4j.Neo4jValues;

namespace FactionGraph.Storage.Neo4j;

/// <summary>Analysts' corrections: naming, merging and unmerging factions, each one transaction with its record.</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task AddAliasAsync(string factionId, string alias, Curator curator, CancellationToken ct)
    {
        await RequireFactionAsync(factionId, ct);
        var key = NameKey.Of(alias);
        var taken = new GraphStoreException($"The name '{alias}' already belongs to another faction.", GraphStoreErrors.NameTaken);
        if (key.Length == 0) throw taken; // as the embedded store: a name without letters can name no faction
        var batch = new Neo4jWriteBatch(batched: true);
        AddNames(batch, [(factionId, [alias])]);
        batch.Add("record", Cypher.RecordAliasAction, [("key", key), ("factionId", factionId),
            .. RecordParameters(CuratorActions.AddAlias, curator, [("factionId", factionId), ("alias", alias)], [factionId])]);
        var results = await batch.RunAsync(connection, ct);
        if (batch.ResultsOf(results, "claims").Sum(r => Int(r.Rows[0][0])) == 0) throw taken;
    }

    /// <summary>
    /// Reads the two factions and the merged one's edges, then sends one transaction that moves
    /// names, aliases, mentions, dates, evidence and edges to the kept faction and deletes the other.
    /// Repeating it after it committed finds nothing left to move.
    /// </summary>
    public async Task MergeFactionsAsync(string keepId, string mergeId, Curator curator, CancellationToken ct)
    {
        if (keepId == mergeId) throw new GraphStoreException("A faction cannot be merged into itself.", GraphStoreErrors.InvalidArgument);
        var snapshot = await MergeSnapshot.TakeAsync(this, keepId, mergeId, ct);
        var merged = snapshot.Merged;
        var touching = snapshot.Edges;
        string Swap(string end) => end == mergeId ? keepId : end;
        // Edges between the two factions would become self-loops (X MEMBER_OF X): they go, with their evidence, with the merged node.
        var moved = touching.Where(r => Swap(r.Source) != Swap(r.Target)).ToList();
        var loops = touching.Where(r => Swap(r.Source) == Swap(r.Target)).ToList();

        var batch = new Neo4jWriteBatch(options.BatchWrites);
        (string, object?)[] pair = [("keep", keepId), ("merge", mergeId)];
        batch.Add("names", Cypher.MergeNames, pair);
        AddNames(batch, [(keepId, merged.Aliases.Prepend(merged.Name))]);
        batch.Add("mentions", Cypher.MergeMentions, pair);
        batch.Add("seen", Cypher.MergeSeen, pair);
        batch.AddRows("evidence", Cypher.MoveEvidence,
            [.. moved.Select(r => Row(("oldId", r.Id), ("newId", Relation.IdOf(r.Type, Swap(r.Source), Swap(r.Target)))))]);
        batch.AddRows("loops", Cypher.DeleteEvidence, [.. loops.Select(r => Row(("oldId", r.Id)))]);
        AddRelations(batch, moved.Select(r => (r.Type, Swap(r.Source), Swap(r.Target))));
        batch.Add("delete", Cypher.DeleteFaction, pair);
        AddDegrees(batch, moved.SelectMany(r => (string[])[Swap(r.Source), Swap(r.Target)]).Append(keepId));
        batch.Add("record", Cypher.RecordCuratorAction,
            RecordParameters(CuratorActions.MergeFactions, curator, [("keepId", keepId), ("mergeId", mergeId)], [keepId, mergeId], mergeId, snapshot.ToJson()));
        await batch.RunAsync(connection, ct);
    }

    /// <summary>
    /// Reads the merge's record, the kept faction and the far ends of the edges, then sends one transaction
    /// that restores the merged faction and takes back from the kept one what came from it (<see cref="UnmergePlan"/>).
    /// </summary>
    public async Task<string> UnmergeFactionsAsync(string mergeId, Curator curator, CancellationToken ct)
    {
        var latest = (await QueryAsync(Cypher.LatestMerge, ct, ("merge", mergeId))).Rows;
        if (latest.Count == 0 || NullableString(latest[0][1]) is not { } undo)
            throw new GraphStoreException($"No merge of '{mergeId}' is left to undo.", GraphStoreErrors.NotFound);
        var mergeAction = String(latest[0][0]);
        var snapshot = MergeSnapshot.FromJson(undo);
        var keepId = snapshot.Kept.Id;
        var present = (await GetFactionsAsync([mergeId, keepId], ct)).Select(f => f.Id).ToHashSet();
        if (present.Contains(mergeId))
            throw new GraphStoreException($"A faction with the id '{mergeId}' exists again; it cannot be restored over it.", GraphStoreErrors.InvalidArgument);
        if (!present.Contains(keepId))
            throw new GraphStoreException($"'{keepId}', which '{mergeId}' was merged into, has since been merged away; unmerge that first.", GraphStoreErrors.InvalidArgument);
        var plan = UnmergePlan.Of(snapshot, await RequireFactionAsync(keepId, ct));
        var ends = (await GetFactionsAsync(plan.OtherEnds, ct)).Select(f => f.Id).ToHashSet();
        var gone = plan.OtherEnds.Where(id => !ends.Contains(id)).ToList();
        if (gone.Count > 0)
            throw new GraphStoreException($"'{mergeId}' had edges to {string.Join(", ", gone.Select(g => $"'{g}'"))}, since merged away; unmerge that first.", GraphStoreErrors.InvalidArgument);

        var restored = plan.Restored;
        (string, object?)[] pair = [("keep", keepId), ("merge", mergeId)];
        var batch = new Neo4jWriteBatch(options.BatchWrites);
        batch.Add("restore", Cypher.RestoreFaction, ("id", restored.Id), ("name", restored.Name), ("kind", WireName.Of(restored.Kind)),
            ("aliases", restored.Aliases.ToArray()), ("firstSeen", restored.FirstSeen), ("lastSeen", restored.LastSeen));
        batch.Add("aliases", Cypher.SetAliases, ("keep", keepId), ("aliases", plan.KeptAliases.ToArray()));
        if (plan.NameKeysBack.Count > 0) batch.Add("names", Cypher.NamesBack, [.. pair, ("keys", plan.NameKeysBack.ToArray())]);
        if (plan.MentionsBack.Count > 0) batch.Add("mentions", Cypher.MentionsBack, ("merge", mergeId), ("articleIds", plan.MentionsBack.ToArray()));
        if (plan.KeptMentionsDropped.Count > 0) batch.Add("mentions", Cypher.DropMentions, ("keep", keepId), ("articleIds", plan.KeptMentionsDropped.ToArray()));
        batch.Add("seen", Cypher.SeenFromMentions, ("keep", keepId));
        if (plan.CopiedEvidenceIds.Count > 0) batch.Add("evidence", Cypher.DeleteEvidenceById, ("ids", plan.CopiedEvidenceIds.ToArray()));
        batch.AddRowsByNode("evidence", Cypher.UpsertEvidence, [.. plan.EvidenceBack.Select(x => Row(("id", x.Id), ("relationId", x.RelationId),
            ("articleId", x.Evidence.ArticleId), ("quote", x.Evidence.Quote), ("start", x.Evidence.Start), ("end", x.Evidence.End),
            ("rule", x.Evidence.Rule), ("confidence", x.Evidence.Confidence), ("stance", WireName.Of(x.Evidence.Stance)), ("date", x.Evidence.Date)))], "articleId");
        AddRelations(batch, plan.EdgesBack.Select(r => (r.Type, r.Source, r.Target)).Concat(plan.JoinedEdges));
        batch.AddRows("unsupported", Cypher.DeleteUnsupportedRelations,
            [.. plan.JoinedEdges.Select(e => Row(("id", Relation.IdOf(e.Type, e.Source, e.Target)), ("source", e.Source), ("target", e.Target)))]);
        AddDegrees(batch, plan.EdgesBack.SelectMany(r => (string[])[r.Source, r.Target]).Concat(plan.JoinedEdges.SelectMany(e => (string[])[e.Source, e.Target])).Append(keepId).Append(mergeId));
        var unmerge = RecordParameters(CuratorActions.UnmergeFactions, curator, [("mergeId", mergeId), ("keepId", keepId)], [keepId, mergeId], mergeId);
        batch.Add("record", Cypher.RecordCuratorAction, unmerge);
        batch.Add("undone", Cypher.MarkUndone, ("id", mergeAction), ("undoneBy", unmerge.First(p => p.Name == "id").Value));
        await batch.RunAsync(connection, ct);
        return keepId;
    }

    public async Task<IReadOnlyList<CuratorAction>> GetCuratorActionsAsync(string? factionId, int first, CancellationToken ct)
    {
        var rows = (await QueryAsync(Cypher.GetCuratorActions, ct, ("faction", factionId), ("first", first))).Rows;
        return [.. rows.Select(r => new CuratorAction(String(r[0]), String(r[1]), String(r[2]), String(r[3]),
            JsonSerializer.Deserialize<Dictionary<string, string>>(String(r[4])) ?? [], NullableString(r[5])))];
    }

    /// <summary>The parameters of <see cref="Cypher.RecordCuratorAction"/>; arguments are kept as one JSON string (Neo4j has no map properties).</summary>
    static (string Name, object? Value)[] RecordParameters(string action, Curator curator, (string Name, string Value)[] arguments,
        string[] factionIds, string? mergeId = null, string? undo = null) =>
    [
        ("id", CuratorRecords.NewId()), ("action", action), ("curator", curator.Id), ("at", CuratorRecords.Now()),
        ("arguments", JsonSerializer.Serialize(arguments.ToDictionary(a => a.Name, a => a.Value))),
        ("factionIds", factionIds), ("mergeId", mergeId), ("undo", undo),
    ];

    async Task<Faction> RequireFactionAsync(string id, CancellationToken ct) =>
        (await GetFactionsAsync([id], ct)).FirstOrDefault()
        ?? throw new GraphStoreException($"No faction has the id '{id}'.", GraphStoreErrors.NotFound);
}
