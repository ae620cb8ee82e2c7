using System.Text.Json;

namespace FactionGraph.Storage.Neo4j;

/// <summary>The JSON of the HTTP transactional API: the request body and the parsing of its answer.</summary>
static class Neo4jJson
{
    public static byte[] Request(IReadOnlyList<CypherStatement> statements) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["statements"] = statements.Select(s => new Dictionary<string, object>
            {
                ["statement"] = s.Text,
                ["parameters"] = s.Parameters,
                ["resultDataContents"] = new[] { "row" },
                ["includeStats"] = true,
            }).ToList(),
        });

    /// <summary>The results of each statement, in order; throws when the answer carries errors (Neo4j then rolled back).</summary>
    public static IReadOnlyList<CypherResult> Results(JsonElement root, Uri server)
    {
        ThrowIfErrors(root, server);
        var results = new List<CypherResult>();
        if (!root.TryGetProperty("results", out var array)) return results;
        foreach (var result in array.EnumerateArray())
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? "").ToList();
            var rows = new List<JsonElement[]>();
            foreach (var data in result.GetProperty("data").EnumerateArray())
                rows.Add([.. data.GetProperty("row").EnumerateArray().Select(v => v.Clone())]);
            results.Add(new CypherResult(columns, rows, result.TryGetProperty("stats", out var stats) ? stats.Clone() : null));
        }
        return results;
    }

    public static void ThrowIfErrors(JsonElement root, Uri server)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0) return;
        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.Unknown" : "Neo.Unknown";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
        if (code == "Neo.ClientError.Security.Unauthorized")
            throw new Neo4jException($"Neo4j at {server} rejected the credentials: {message}", GraphStoreErrors.Unauthorized, isTransient: false);
        throw new Neo4jException($"Neo4j at {server}: {code}: {message}", code, Neo4jException.IsTransientCode(code));
    }
}
