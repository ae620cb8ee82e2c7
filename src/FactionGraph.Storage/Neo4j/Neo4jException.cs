namespace FactionGraph.Storage.Neo4j;

/// <summary>
/// An error reported by Neo4j (its <c>errors</c> array, <see cref="GraphStoreException.Code"/> being
/// Neo4j's status code such as Neo.ClientError.Statement.SyntaxError) or a failure to reach it
/// (code <see cref="GraphStoreErrors.Unavailable"/>).
/// </summary>
public sealed class Neo4jException(string message, string code, bool isTransient, Exception? inner = null)
    : GraphStoreException(message, code, isTransient, inner)
{
    /// <summary>Neo4j marks errors that may pass on retry with the TransientError classification.</summary>
    public static bool IsTransientCode(string code) => code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}
