namespace FactionGraph.Api.GraphQL;

/// <summary>The `extensions.code` values clients can rely on, besides GraphQL.NET's own validation codes.</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string ForbiddenOrigin = "FORBIDDEN_ORIGIN";
    public const string Timeout = "TIMEOUT";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string QueueFull = "QUEUE_FULL";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string QueryTooLarge = "QUERY_TOO_LARGE";
    public const string TooManySelections = "TOO_MANY_SELECTIONS";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManySameNameFields = "TOO_MANY_SAME_NAME_FIELDS";
    public const string ResultTooLarge = "RESULT_TOO_LARGE";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string SyntaxError = "SYNTAX_ERROR";
    public const string InvalidEncoding = "INVALID_ENCODING";
}
