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
        // One deadline from the first byte read to the last byte written.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(limits.Value.ExecutionTimeout);
        GraphQLHttpRequest request;
        try
        {
            request = HttpMethods.IsGet(http.Request.Method)
                ? reader.FromQueryString(http.Request.Query)
                : await reader.FromBodyAsync(http.Request, limits.Value.MaxRequestBytes, deadline.Token);
        }
        catch (GraphQLRequestException ex)
        {
            logger.LogWarning("Refused GraphQL request: {Reason}", ex.Message);
            await WriteErrorAsync(http, mediaType, ex.Status, ex.Code ?? (ex.Status == 413 ? ErrorCodes.RequestTooLarge : ErrorCodes.InvalidRequest), ex.Message);
            GraphQLTelemetry.Finish(activity, started, null, null, cached: false, succeeded: false);
            return;
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status408RequestTimeout, ErrorCodes.Timeout,
                $"The request body did not arrive within {limits.Value.ExecutionTimeout.TotalMilliseconds:0.###} ms.");
            GraphQLTelemetry.Finish(activity, started, null, null, cached: false, succeeded: false);
            return;
        }
        var (document, refusal) = QueryBudget.Check(request.Query, limits.Value);
        if (refusal is not null)
        {
            logger.LogWarning("GraphQL document refused: {Code}: {Reason}", refusal.Code, refusal.Message);
            await WriteResultAsync(http, mediaType, new ExecutionResult { Errors = [refusal] }, deadline.Token);
            GraphQLTelemetry.Finish(activity, started, request.OperationName, null, cached: false, succeeded: false);
            return;
        }
        var key = cache.KeyFor(request);
        if (key is not null && cache.Get(key) is { } cached)
        {
            http.Response.ContentType = $"{mediaType.MediaType}; charset=utf-8";
            await http.Response.Body.WriteAsync(cached, http.RequestAborted);
            GraphQLTelemetry.Finish(activity, started, request.OperationName, "query", cached: true, succeeded: true);
            return;
        }
        var result = await ExecuteAsync(http, request, document!, deadline.Token);
        GraphQLTelemetry.Finish(activity, started, result.Operation?.Name?.StringValue ?? request.OperationName, GraphQLTelemetry.TypeOf(result),
            cached: false, succeeded: result.Errors is not { Count: > 0 });
        if (!result.Executed)
            logger.LogWarning("GraphQL document refused: {Errors}", string.Join("; ", result.Errors?.Take(5).Select(e => $"{e.Code}: {e.Message}") ?? []));
        var body = await WriteResultAsync(http, mediaType, result, deadline.Token, keepBytes: key is not null);
        if (key is not null && body is not null && result.Operation?.Operation == OperationType.Query && result.Errors is not { Count: > 0 })
            cache.Put(key, body);
    }

    async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLHttpRequest request, GraphQLDocument document, CancellationToken deadline)
    {
        var access = writeAccess.Check(http);
        var context = new RequestContext { CanWrite = access == WriteRefusal.None, Curator = access == WriteRefusal.None ? writeAccess.CuratorOf(http) : null, ForeignOrigin = access == WriteRefusal.ForeignOrigin, IsGet = HttpMethods.IsGet(http.Request.Method) };
        using var execution = CancellationTokenSource.CreateLinkedTokenSource(deadline, context.Stopped);
        try
        {
            // Validation and cost analysis are not cancellable inside GraphQL.NET; running the executer on the
            // thread pool and waiting for it only until the deadline keeps the answer on time whatever they do
            // (QueryBudget has already bounded how much they can do).
            var run = Task.Run(() => executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                UserContext = context,
                CancellationToken = execution.Token,
                UnhandledExceptionDelegate = TranslateStoreErrors,
            }), execution.Token);
            return LimitErrors(await run.WaitAsync(execution.Token));
        }
        catch (OperationCanceledException) when (execution.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            if (context.StopReason is { } stop)
            {
                logger.LogWarning("GraphQL request stopped: {Code}: {Reason}", stop.Code, stop.Message);
                return new ExecutionResult { Executed = false, Errors = [new ExecutionError(stop.Message) { Code = stop.Code }] };
            }
            logger.LogWarning("GraphQL request exceeded the execution timeout of {Timeout}", limits.Value.ExecutionTimeout);
            return TimedOut();
        }
    }

    ExecutionResult TimedOut() => new()
    {
        Executed = true,
        Errors = [new ExecutionError($"The query took longer than the execution timeout of {limits.Value.ExecutionTimeout.TotalMilliseconds:0.###} ms.") { Code = ErrorCodes.Timeout }],
    };

    /// <summary>At most GraphQL:MaxErrors errors, then one saying how many more there were.</summary>
    ExecutionResult LimitErrors(ExecutionResult result)
    {
        var max = limits.Value.MaxErrors;
        if (result.Errors is not { } errors || errors.Count <= max) return result;
        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(max)) kept.Add(error);
        kept.Add(new ExecutionError($"{errors.Count - max} more errors were left out; the limit is {max}.") { Code = ErrorCodes.TooManyErrors });
        result.Errors = kept;
        return result;
    }

    /// <summary>
    /// Serialises the answer into a bounded buffer under the deadline, then sends it; an answer over
    /// GraphQL:MaxResponseBytes or past the deadline is replaced by an error. Returns the bytes sent when asked to keep them and the answer was sent whole.
    /// </summary>
    async Task<byte[]?> WriteResultAsync(HttpContext http, ResponseMediaType mediaType, ExecutionResult result, CancellationToken deadline, bool keepBytes = false)
    {
        using var body = new BoundedBuffer(limits.Value.MaxResponseBytes);
        try
        {
            await serializer.WriteAsync(body, result, deadline);
        }
        catch (Exception ex) when (ex is ResponseTooLargeException || (ex is OperationCanceledException && !http.RequestAborted.IsCancellationRequested))
        {
            logger.LogWarning("GraphQL answer not sent: {Reason}", ex.Message);
            var error = ex is ResponseTooLargeException
                ? new ExecutionResult { Executed = false, Errors = [new ExecutionError(ex.Message) { Code = ErrorCodes.ResponseTooLarge }] }
                : TimedOut();
            http.Response.StatusCode = StatusFor(error, mediaType, http);
            http.Response.ContentType = $"{mediaType.MediaType}; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, error, http.RequestAborted);
            return null;
        }
        http.Response.StatusCode = StatusFor(result, mediaType, http);
        http.Response.ContentType = $"{mediaType.MediaType}; charset=utf-8";
        await http.Response.Body.WriteAsync(body.Written, http.RequestAborted);
        return keepBytes ? body.Written.ToArray() : null;
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
        if (codes.Count > 0 && codes.All(c => c == ErrorCodes.ForbiddenOrigin)) return StatusCodes.Status403Forbidden;
        return codes.Count > 0 && codes.All(c => c == ErrorCodes.Unauthorized) ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest;
    }

    Task WriteErrorAsync(HttpContext http, ResponseMediaType mediaType, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType.MediaType}; charset=utf-8";
        return serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }, http.RequestAborted);
    }
}
