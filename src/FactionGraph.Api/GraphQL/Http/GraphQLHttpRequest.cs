using GraphQL;

namespace FactionGraph.Api.GraphQL.Http;

/// <summary>A GraphQL-over-HTTP request after its parameters were checked.</summary>
/// <param name="CacheKey">The request's parameters as sent (body or query string), identifying it for the result cache.</param>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions, string? CacheKey = null);

/// <summary>A request the endpoint refuses before GraphQL sees it, with the HTTP status to answer.</summary>
public sealed class GraphQLRequestException(int status, string message, string? code = null) : Exception(message)
{
    public int Status { get; } = status;

    /// <summary>The error code to answer with; by default derived from the status.</summary>
    public string? Code { get; } = code;
}
