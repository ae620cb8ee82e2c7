using FactionGraph.Api.Security;
using FactionGraph.Storage;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.GraphQL.Http;

/// <summary>
/// Our GraphQL-over-HTTP endpoint (GET and POST /graphql), following the spec's status codes:
/// a request whose document cannot run is a 4xx, except for clients that asked for legacy
/// application/json by name, who get a 200 carrying the errors (see <see cref="ResponseMediaType"/>).
/// </summary>
public sealed class GraphQLEndpoint(
    IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, GraphQLRequestReader reader,
    WriteAccess writeAccess, QueryResultCache cache, IOptions<GraphQLLimits> limits, ILogger<GraphQLEndpoint> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        using var activity = GraphQLTelemetry.StartRequest();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var mediaType = ResponseMediaType.Negotiate(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, new(ResponseMediaType.Json, false), StatusCodes.Status406NotAcceptable, ErrorCodes.InvalidRequest,
                $"Accept {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}.");
            GraphQLTelemetry.Finish(activity, started, null, null, cached: false, succeeded: false);
            return;
        }
        GraphQLHttpRequest request;
        try
        {
            request = HttpMethods.IsGet(http.Request.Method)
                ? reader.FromQueryString(http.Request.Query)
                : await reader.FromBodyAsync(http.Request, limits.Value.MaxRequestBytes, http.RequestAborted);
        }
        catch (GraphQLRequestException ex)
        {
            logger.LogWarning("Refused GraphQL request: {Reason}", ex.Message);
            await WriteErrorAsync(http, mediaType, ex.Status, ex.Status == 413 ? ErrorCodes.RequestTooLarge : ErrorCodes.InvalidRequest, ex.Message);
            GraphQLTelemetry.Finish(activity, started, null, null, cached: false, succeeded: false);
            return;
        }
        http.Response.ContentType = $"{mediaType.MediaType}; charset=utf-8";
        var key = cache.KeyFor(request);
        if (key is not null && cache.Get(key) is { } cached)
        {
            await http.Response.Body.WriteAsync(cached, http.RequestAborted);
            GraphQLTelemetry.Finish(activity, started, request.OperationName, "query", cached: true, succeeded: true);
            return;
        }
        var result = await ExecuteAsync(http, request);
        GraphQLTelemetry.Finish(activity, started, result.Operation?.Name?.StringValue ?? request.OperationName, GraphQLTelemetry.TypeOf(result),
            cached: false, succeeded: result.Errors is not { Count: > 0 });
        if (!result.Executed)
            logger.LogWarning("GraphQL document refused: {Errors}", string.Join("; ", result.Errors?.Select(e => $"{e.Code}: {e.Message}") ?? []));
        http.Response.StatusCode = StatusFor(result, mediaType, http);
        if (key is null || result.Operation?.Operation != OperationType.Query || result.Errors is { Count: > 0 })
        {
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
            return;
        }
        var body = new MemoryStream();
        await serializer.WriteAsync(body, result, http.RequestAborted);
        cache.Put(key, body.ToArray());
        await http.Response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), http.RequestAborted);
    }

    async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLHttpRequest request)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(limits.Value.ExecutionTimeout);
        try
        {
            return await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                UserContext = new RequestContext { CanWrite = writeAccess.CanWrite(http), IsGet = HttpMethods.IsGet(http.Request.Method) },
                CancellationToken = timeout.Token,
                UnhandledExceptionDelegate = TranslateStoreErrors,
            });
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("GraphQL request exceeded the execution timeout of {Timeout}", limits.Value.ExecutionTimeout);
            return new ExecutionResult { Executed = true, Errors = [new ExecutionError($"The query took longer than the execution timeout of {limits.Value.ExecutionTimeout.TotalMilliseconds:0.###} ms.") { Code = ErrorCodes.Timeout }] };
        }
    }

    /// <summary>Store errors an analyst can act on (unknown id, name taken) become GraphQL errors with the store's code.</summary>
    static Task TranslateStoreErrors(UnhandledExceptionContext context)
    {
        if (context.OriginalException is GraphStoreException store)
            context.Exception = new ExecutionError(store.Message) { Code = store.Code };
        return Task.CompletedTask;
    }

    static int StatusFor(ExecutionResult result, ResponseMediaType mediaType, HttpContext http)
    {
        if (result.Executed || mediaType.LegacyStatus) return StatusCodes.Status200OK;
        var codes = result.Errors?.Select(e => e.Code).ToList() ?? [];
        if (codes.Contains(ErrorCodes.MethodNotAllowed)) { http.Response.Headers.Allow = "POST"; return StatusCodes.Status405MethodNotAllowed; }
        return codes.Count > 0 && codes.All(c => c == ErrorCodes.Unauthorized) ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest;
    }

    Task WriteErrorAsync(HttpContext http, ResponseMediaType mediaType, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType.MediaType}; charset=utf-8";
        return serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }, http.RequestAborted);
    }
}
