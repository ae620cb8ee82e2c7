using FactionGraph.Model;
using FactionGraph.Names;
using static FactionGraph.Storage.Neo4j.Neo4jValues;

namespace FactionGraph.Storage.Neo4j;

/// <summary>Analysts' corrections: naming and merging factions, each one transaction.</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task AddAliasAsync(string factionId, string alias, CancellationToken ct)
    {
        await RequireFactionAsync(factionId, ct);
        var key = NameKey.Of(alias);
        var taken = new GraphStoreException($"The name '{alias}' already belongs to another faction.", GraphStoreErrors.NameTaken);
        if (key.Length == 0) throw taken; // as the embedded store: a name without letters can name no faction
        var batch = new Neo4jWriteBatch(batched: true);
        AddNames(batch, [(factionId, [alias])]);
        var results = await batch.RunAsync(connection, ct);
        if (batch.ResultsOf(results, "claims").Sum(r => Int(r.Rows[0][0])) == 0) throw taken;
    }

    /// <summary>
    /// Reads the two factions and the merged one's edges, then sends one transaction that moves
    /// names, aliases, mentions, dates, evidence and edges to the kept faction and deletes the other.
    /// Repeating it after it committed finds nothing left to move.
    /// </summary>
    public async Task MergeFactionsAsync(string keepId, string mergeId, CancellationToken ct)
    {
        if (keepId == mergeId) throw new GraphStoreException("A faction cannot be merged into itself.", GraphStoreErrors.InvalidArgument);
        await RequireFactionAsync(keepId, ct);
        var merged = await RequireFactionAsync(mergeId, ct);
        var touching = await GetRelationsAsync([mergeId], RelationFilter.All, ct);
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
        await batch.RunAsync(connection, ct);
    }

    async Task<Faction> RequireFactionAsync(string id, CancellationToken ct) =>
        (await GetFactionsAsync([id], ct)).FirstOrDefault()
        ?? throw new GraphStoreException($"No faction has the id '{id}'.", GraphStoreErrors.NotFound);
}
