namespace FactionGraph.Api.GraphQL;

/// <summary>What the HTTP layer knows about the caller, handed to GraphQL as its user context.</summary>
public sealed class RequestContext : Dictionary<string, object?>
{
    /// <summary>True when the caller may run mutations (see <see cref="Security.WriteAccess"/>).</summary>
    public bool CanWrite { get; init; }

    /// <summary>True for GET requests, which may only run queries (GraphQL over HTTP).</summary>
    public bool IsGet { get; init; }
}
