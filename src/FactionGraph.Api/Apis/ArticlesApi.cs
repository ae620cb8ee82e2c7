using System.Text.Json;
using FactionGraph.Api.Security;
using FactionGraph.Ingestion;

namespace FactionGraph.Api.Apis;

/// <summary>
/// POST /articles (JSON, or text/plain with metadata in the query string) answers 202 with a job id
/// once the article is durably queued; GET /articles/jobs/{id} tells the job's state.
/// </summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/articles", SubmitAsync);
        app.MapGet("/articles/jobs/{id}", async (string id, IngestionQueue queue, CancellationToken ct) =>
            await queue.GetAsync(id, ct) is { } job ? Results.Ok(JobView.Of(job)) : Problem(404, "NOT_FOUND", $"No ingestion job has the id '{id}'."));
        return app;
    }

    static async Task<IResult> SubmitAsync(HttpContext http, ArticleIntake intake, WriteAccess access, ILogger<ArticleIntake> logger)
    {
        switch (access.Check(http))
        {
            case WriteRefusal.ForeignOrigin: return Problem(403, "FORBIDDEN_ORIGIN", WriteAccess.ForeignOriginMessage);
            case WriteRefusal.NoKey: return Problem(401, "UNAUTHORIZED", "Writes need an API key (Authorization: Bearer KEY or X-Api-Key: KEY).");
        }
        var (submission, error) = await ArticleRequestReader.ReadAsync(http.Request, intake.Options.MaxArticleBytes, http.RequestAborted);
        if (error is not null) { logger.LogWarning("Refused article: {Code} {Reason}", error.Code, error.Message); return Problem(error.Status, error.Code, error.Message); }
        var result = await intake.SubmitAsync(submission!, http.RequestAborted);
        if (result.Rejection is { } r) { logger.LogWarning("Refused article: {Code} {Reason}", r.Code, r.Message); return Problem(r.Code == "TOO_LARGE" ? 413 : 400, r.Code, r.Message); }
        var queued = result.Queued!;
        if (queued.Status == EnqueueStatus.QueueFull)
        {
            http.Response.Headers.RetryAfter = intake.Options.RetryAfterSeconds.ToString();
            return Problem(429, "QUEUE_FULL", "The ingestion queue is full; retry later.");
        }
        logger.LogInformation("Accepted article {ArticleId} ({Status})", queued.JobId, queued.Status);
        return Results.Json(new { jobId = queued.JobId, articleId = queued.JobId, status = queued.Status == EnqueueStatus.Accepted ? "QUEUED" : "ALREADY_KNOWN", href = $"/articles/jobs/{queued.JobId}" },
            statusCode: StatusCodes.Status202Accepted);
    }

    internal static IResult Problem(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}

/// <summary>A job as JSON clients see it.</summary>
public sealed record JobView(string Id, string State, int Attempts, string? Reason, string Title, string EnqueuedAt, string? FinishedAt,
    int? AddedFactions, int? AddedRelations, int? AddedEvidence)
{
    public static JobView Of(Job j) => new(j.Id, FactionGraph.Model.WireName.Of(j.State), j.Attempts, j.Reason, j.Title, j.EnqueuedAt, j.FinishedAt,
        j.Added?.Factions, j.Added?.Relations, j.Added?.Evidence);
}
