namespace FactionGraph.Storage.Neo4j;

/// <summary>One Cypher statement and its parameters, as sent in the HTTP API's statements array.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text) : this(text, new Dictionary<string, object?>()) { }
}
