namespace FactionGraph.Api.GraphQL;

/// <summary>What the HTTP layer knows about the caller, handed to GraphQL as its user context.</summary>
public sealed class RequestContext : Dictionary<string, object?>
{
    readonly CancellationTokenSource stop = new();

    /// <summary>True when the caller may run mutations (see <see cref="Security.WriteAccess"/>).</summary>
    public bool CanWrite { get; init; }

    /// <summary>Who writes, when the caller may (<see cref="Security.WriteAccess.CuratorOf"/>); recorded with every curator action.</summary>
    public string? Curator { get; init; }

    /// <summary>True when a write was refused because it came from a web page of a foreign origin.</summary>
    public bool ForeignOrigin { get; init; }

    /// <summary>True for GET requests, which may only run queries (GraphQL over HTTP).</summary>
    public bool IsGet { get; init; }

    /// <summary>Values resolved so far (see <see cref="ResultBudget"/>); a field so the count can be incremented atomically.</summary>
    public int ResolvedFields;

    /// <summary>Cancelled when a budget of the request ran out; linked into the execution's token.</summary>
    public CancellationToken Stopped => stop.Token;

    /// <summary>Why the request was stopped (code and message), when it was.</summary>
    public (string Code, string Message)? StopReason { get; private set; }

    public void Stop(string code, string message)
    {
        lock (stop)
        {
            if (StopReason is not null) return;
            StopReason = (code, message);
        }
        stop.Cancel();
    }
}
