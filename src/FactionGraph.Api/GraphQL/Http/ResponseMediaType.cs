namespace FactionGraph.Api.GraphQL.Http;

/// <summary>The media type to answer with, and whether a document error should still be a 200.</summary>
/// <param name="LegacyStatus">
/// True when the client asked for application/json by name: the spec then wants document errors
/// answered 200. Clients that accept anything (or say nothing) get application/json, as the
/// spec's watershed rule asks, but with 4xx for documents that cannot run.
/// </param>
public sealed record ResponseMediaType(string MediaType, bool LegacyStatus)
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>Content negotiation of the GraphQL-over-HTTP spec; null when nothing acceptable was asked for.</summary>
    public static ResponseMediaType? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return new(Json, false);
        foreach (var media in accept.Where(m => m.Quality is not 0).OrderByDescending(m => m.Quality ?? 1))
        {
            switch (media.MediaType.Value)
            {
                case GraphQLResponse: return new(GraphQLResponse, false);
                case Json: return new(Json, true);
                case "*/*" or "application/*": return new(Json, false);
            }
        }
        return null;
    }
}
