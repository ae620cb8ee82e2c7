using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace FactionGraph.Storage.Neo4j;

/// <summary>The retry policy of the Neo4j store: transient errors only, exponential backoff with jitter.</summary>
static class Neo4jRetry
{
    public static ResiliencePipeline Pipeline(int maxRetries, ILogger logger)
    {
        if (maxRetries <= 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<GraphStoreException>(e => e.IsTransient),
            MaxRetryAttempts = maxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromSeconds(5),
            OnRetry = args =>
            {
                logger.LogWarning(args.Outcome.Exception, "Neo4j request failed transiently; retry {Attempt} in {Delay}",
                    args.AttemptNumber + 1, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        }).Build();
    }
}
