using System.Collections.Concurrent;
using System.Text;

namespace FactionGraph.Model;

/// <summary>
/// Enum values as they appear outside the process (JSON, GraphQL, store properties, Neo4j
/// relationship types): MemberOf ⇄ MEMBER_OF, StateActor ⇄ STATE_ACTOR. One mapping serves all.
/// </summary>
public static class WireName
{
    static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Of<T>(T value) where T : struct, Enum =>
        Names.GetOrAdd(value, v => ToUpperSnake(v.ToString()));

    public static T Parse<T>(string name) where T : struct, Enum =>
        TryParse<T>(name, out var value) ? value : throw new ArgumentException($"Unknown {typeof(T).Name} '{name}'.", nameof(name));

    public static bool TryParse<T>(string name, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
            if (string.Equals(Of(candidate), name, StringComparison.OrdinalIgnoreCase)) { value = candidate; return true; }
        value = default;
        return false;
    }

    static string ToUpperSnake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
