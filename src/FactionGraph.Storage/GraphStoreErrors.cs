namespace FactionGraph.Storage;

/// <summary>Our own error codes for <see cref="GraphStoreException.Code"/>; Neo4j's codes pass through as they are.</summary>
public static class GraphStoreErrors
{
    public const string NotFound = "NOT_FOUND";
    public const string NameTaken = "NAME_TAKEN";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string Unavailable = "STORE_UNAVAILABLE";
    public const string Unauthorized = "STORE_UNAUTHORIZED";
}
