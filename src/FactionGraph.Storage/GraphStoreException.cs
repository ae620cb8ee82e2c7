namespace FactionGraph.Storage;

/// <summary>
/// A failure of the graph store. <see cref="Code"/> is the server's status code
/// (for Neo4j, e.g. Neo.ClientError.Schema.ConstraintValidationFailed) or one of ours;
/// <see cref="IsTransient"/> says whether retrying the same idempotent work may succeed.
/// </summary>
public class GraphStoreException(string message, string code, bool isTransient = false, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;

    public bool IsTransient { get; } = isTransient;
}
