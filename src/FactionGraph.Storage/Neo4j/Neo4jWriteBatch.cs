namespace FactionGraph.Storage.Neo4j;

/// <summary>
/// The statements of one write transaction, tagged so their counters can be added up afterwards.
/// Row statements (<c>UNWIND $rows</c>) go as one statement with every row when batching, or as one
/// statement per row otherwise. BENCHMARK-ONLY: the per-row form (Neo4j:BatchWrites=false) exists
/// only to measure what batching saves; it is sent the way a naive client would, each statement in
/// its own HTTP request inside one open transaction (<see cref="Neo4jConnection.RunStatementByStatementAsync"/>).
/// </summary>
sealed class Neo4jWriteBatch(bool batched)
{
    /// <summary>Sends the batch as one transaction: one request when batching, one request per statement otherwise.</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(Neo4jConnection connection, CancellationToken ct) =>
        batched ? connection.RunAsync(statements, ct) : connection.RunStatementByStatementAsync(statements, ct);

    readonly List<CypherStatement> statements = [];
    readonly List<string> tags = [];

    public IReadOnlyList<CypherStatement> Statements => statements;

    public void Add(string tag, string text, params (string Name, object? Value)[] parameters)
    {
        statements.Add(new CypherStatement(text, Parameters(parameters)));
        tags.Add(tag);
    }

    /// <summary>Adds a statement over <c>$rows</c>; nothing when there are no rows.</summary>
    public void AddRows<T>(string tag, string text, IReadOnlyList<T> rows, params (string Name, object? Value)[] parameters)
    {
        if (rows.Count == 0) return;
        if (batched) Add(tag, text, [.. parameters, ("rows", rows)]);
        else foreach (var row in rows) Add(tag, text, [.. parameters, ("rows", new[] { row })]);
    }

    /// <summary>
    /// Adds a statement over <c>$rows</c> that opens with Cypher's NodesOnce: the ids under each of
    /// <paramref name="keys"/> (a string, or a list of strings) go once each into <c>$ids</c>, and
    /// every row gets <c>{key}Index</c>, the position of its id (or ids) there. Per row when not batching.
    /// </summary>
    public void AddRowsByNode(string tag, string text, IReadOnlyList<Dictionary<string, object?>> rows, params string[] keys)
    {
        if (rows.Count == 0) return;
        foreach (var chunk in batched ? [rows] : rows.Select(row => (IReadOnlyList<Dictionary<string, object?>>)[row]))
        {
            var (ids, indexed) = ByNode(chunk, keys);
            Add(tag, text, ("ids", ids), ("rows", indexed));
        }
    }

    /// <summary>The distinct ids under <paramref name="keys"/>, in order of first use, and the rows with <c>{key}Index</c> added.</summary>
    public static (List<string> Ids, List<Dictionary<string, object?>> Rows) ByNode(IEnumerable<Dictionary<string, object?>> rows, params string[] keys)
    {
        var ids = new List<string>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        int PositionOf(string id)
        {
            if (!positions.TryGetValue(id, out var at)) { positions[id] = at = ids.Count; ids.Add(id); }
            return at;
        }
        var indexed = rows.Select(row =>
        {
            var copy = new Dictionary<string, object?>(row);
            foreach (var key in keys)
                copy[key + "Index"] = row[key] switch
                {
                    string id => PositionOf(id),
                    IEnumerable<string> many => many.Select(PositionOf).ToArray(),
                    var other => throw new ArgumentException($"Row value '{key}' is not an id or a list of ids: {other}"),
                };
            return copy;
        }).ToList();
        return (ids, indexed);
    }

    /// <summary>A counter (e.g. nodes_created) summed over the statements with this tag.</summary>
    public int Sum(IReadOnlyList<CypherResult> results, string tag, string stat) =>
        tags.Select((t, i) => t == tag && i < results.Count ? results[i].Stat(stat) : 0).Sum();

    /// <summary>The results of the statements with this tag, in order.</summary>
    public IEnumerable<CypherResult> ResultsOf(IReadOnlyList<CypherResult> results, string tag) =>
        tags.Select((t, i) => (t, i)).Where(x => x.t == tag && x.i < results.Count).Select(x => results[x.i]);

    static Dictionary<string, object?> Parameters((string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value);
}
