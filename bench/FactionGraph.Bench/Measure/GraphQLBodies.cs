using System.Text.Json;

namespace FactionGraph.Bench.Measure;

/// <summary>
/// The GraphQL requests the HTTP benchmarks send, as JSON bodies one per line: wrk's Lua script
/// cycles through them, so latencies are over many starting points, not one cached answer.
/// </summary>
static class GraphQLBodies
{
    public const string Ceiling = "{ __typename }";

    public const string SeedQuestion =
        "{ faction(name: \"Army of Conquest\") { name kind aliases members { member { name } evidence { quote article { title publishedAt } } } } }";

    public static string Neighborhood(string id) =>
        $"{{ neighborhood(id: {Quote(id)}, depth: 2) {{ nodes {{ id name kind degree }} edges {{ id type source target }} }} }}";

    public static string Path(string from, string to) =>
        $"{{ path(from: {Quote(from)}, to: {Quote(to)}, maxHops: 4) {{ hops nodes {{ id name kind degree }} edges {{ id type source target }} }} }}";

    public static void Write(string file, IEnumerable<string> queries)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))!);
        File.WriteAllLines(file, queries.Select(q => JsonSerializer.Serialize(new { query = q })));
    }

    static string Quote(string value) => JsonSerializer.Serialize(value);
}
