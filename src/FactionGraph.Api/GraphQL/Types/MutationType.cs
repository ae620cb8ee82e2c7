using FactionGraph.Ingestion;
using FactionGraph.Storage;
using FactionGraph.Names;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.GraphQL.Types;

/// <summary>Writes. Every mutation needs write access, checked before execution by <see cref="WriteAccessRule"/>.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Writes: reading an article into the graph, and an analyst's corrections. Each needs write access.";
        Field<NonNullGraphType<IngestResultType>>("ingestArticle")
            .Description("Queues an article durably and waits (within the execution timeout) until the worker has applied it.")
            .Argument<NonNullGraphType<IngestArticleInputType>>("input", "The article's text and metadata.")
            .ResolveAsync(async c => await IngestAsync(c));
        Field<NonNullGraphType<FactionType>>("addAlias").Description("Adds a name to a faction; refused if another faction has that name.")
            .Argument<NonNullGraphType<IdGraphType>>("factionId", "The faction to name.").Argument<NonNullGraphType<StringGraphType>>("alias", "The new name, in any script.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("factionId");
                var alias = c.GetArgument<string>("alias");
                InputErrors.Throw(InputRules.CheckText("factionId", id, InputRules.MaxIdLength) ?? InputRules.CheckName("alias", alias));
                await Store(c).AddAliasAsync(id, InputRules.Normalize(alias), Curator(c), c.CancellationToken);
                c.RequestServices!.GetRequiredService<GraphVersion>().Changed();
                return (await Store(c).GetFactionsAsync([id], c.CancellationToken))[0];
            });
        Field<NonNullGraphType<FactionType>>("mergeFactions")
            .Description("Merges one faction into another: names, edges and all evidence move to `keepId`; edges between the two are dropped, never made self-loops. Recorded, and undone by `unmergeFactions`.")
            .Argument<NonNullGraphType<IdGraphType>>("keepId", "The faction that stays.").Argument<NonNullGraphType<IdGraphType>>("mergeId", "The faction that is merged away; its id then resolves to `keepId`.")
            .ResolveAsync(async c =>
            {
                var keep = c.GetArgument<string>("keepId");
                var merge = c.GetArgument<string>("mergeId");
                InputErrors.Throw(InputRules.CheckText("keepId", keep, InputRules.MaxIdLength) ?? InputRules.CheckText("mergeId", merge, InputRules.MaxIdLength));
                await Store(c).MergeFactionsAsync(keep, merge, Curator(c), c.CancellationToken);
                c.RequestServices!.GetRequiredService<GraphVersion>().Changed();
                return (await Store(c).GetFactionsAsync([keep], c.CancellationToken))[0];
            });
        Field<NonNullGraphType<FactionType>>("unmergeFactions")
            .Description("Undoes the latest merge of `mergeId`: the faction comes back with the names, mentions, edges and evidence it had, and the faction it was merged into loses them (evidence from articles read since the merge stays there). Refused while the faction it was merged into has itself been merged away since. Recorded.")
            .Argument<NonNullGraphType<IdGraphType>>("mergeId", "The faction that was merged away.")
            .ResolveAsync(async c =>
            {
                var merge = c.GetArgument<string>("mergeId");
                InputErrors.Throw(InputRules.CheckText("mergeId", merge, InputRules.MaxIdLength));
                await Store(c).UnmergeFactionsAsync(merge, Curator(c), c.CancellationToken);
                c.RequestServices!.GetRequiredService<GraphVersion>().Changed();
                return (await Store(c).GetFactionsAsync([merge], c.CancellationToken))[0];
            });
    }

    static IGraphStore Store(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IGraphStore>();

    /// <summary>Who is writing, as <see cref="WriteAccessRule"/> let them (mutations never run without write access).</summary>
    static Curator Curator(IResolveFieldContext c) =>
        new((c.UserContext as RequestContext)?.Curator ?? throw new InvalidOperationException("A mutation ran without a known writer."));

    static async Task<IngestResult> IngestAsync(IResolveFieldContext c)
    {
        var intake = c.RequestServices!.GetRequiredService<ArticleIntake>();
        var result = await intake.SubmitAsync(c.GetArgument<ArticleSubmission>("input"), c.CancellationToken);
        if (result.Rejection is { } rejection) throw new ExecutionError(rejection.Message) { Code = rejection.Code };
        if (result.Queued!.Status == EnqueueStatus.QueueFull)
            throw new ExecutionError("The ingestion queue is full; try again later.") { Code = ErrorCodes.QueueFull };
        // Leave a second of the execution budget to answer with the job's state if the worker is slow.
        var budget = c.RequestServices!.GetRequiredService<IOptions<GraphQLLimits>>().Value.ExecutionTimeout - TimeSpan.FromSeconds(1);
        var job = await intake.WaitForAsync(result.Queued.JobId, budget > TimeSpan.Zero ? budget : TimeSpan.Zero, c.CancellationToken);
        return new IngestResult(job!);
    }
}
