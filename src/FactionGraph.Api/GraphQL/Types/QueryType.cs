using FactionGraph.Ingestion;
using FactionGraph.Model;
using FactionGraph.Names;
using FactionGraph.Storage;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class QueryType : ObjectGraphType
{
    public QueryType(IOptions<GraphQLLimits> options)
    {
        Name = "Query";
        Description = "Reads: factions, their relations over time with evidence, neighbourhoods and paths to draw, articles, and ingestion.";
        Field<FactionType>("faction")
            .Description("A faction by id, or by any of its names (case, diacritics and transliteration do not matter). Null when unknown.")
            .Argument<IdGraphType>("id", "The faction's id (e.g. `jaysh-al-fath`).").Argument<StringGraphType>("name", "Any of its names or spellings.")
            .ResolveAsync(async c => await FindFactionAsync(c));
        Field<NonNullGraphType<FactionConnectionType>>("factions")
            .Description("Factions ordered by name; `search` matches any part of any of their names.")
            .Argument<StringGraphType>("search", "Part of a name; case, diacritics and transliteration do not matter.").Argument<FactionKindEnum>("kind", "Only factions of this kind.")
            .Argument<IntGraphType>("first", "Page size.").Argument<StringGraphType>("after", "Cursor of the last item seen.")
            .ResolveAsync(async c => await Store(c).SearchFactionsAsync(new FactionSearch(
                SearchKey(c.GetArgument<string?>("search")),
                c.GetArgument<FactionKind?>("kind"), Paging.First(c), Paging.OffsetAfter(c.GetArgument<string?>("after"))), c.CancellationToken));
        Field<SubgraphType>("neighborhood")
            .Description("Factions within `depth` hops (at most 3) and the edges between them; null when the faction is unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The faction at the centre.").Argument<IntGraphType>("depth", "Hops, 1 to 3.", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Follow only these kinds of edge (default: all).").Argument<DateGraphType>("activeOn", "Follow only edges active on this date.")
            .Argument<IntGraphType>("limit", "Most nodes to return.")
            .ResolveAsync(async c => await Traversals.NeighborhoodAsync(c))
            // The answer holds up to `limit` nodes (and their edges), not the handful a list field is assumed to hold:
            // the children's cost is scaled so `nodes` counts `limit` times, and many aliased neighbourhoods add up.
            .WithComplexityImpact(impact => new FieldComplexityResult(1,
                Math.Max(1, impact.Arguments is { } args && args.TryGetValue("limit", out var limit) && limit.Value is int n ? n : options.Value.DefaultNeighborhoodLimit)
                / options.Value.ListImpactMultiplier));
        Field<PathType>("path")
            .Description("A shortest path between two factions within `maxHops`, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Id of the faction to start from.").Argument<NonNullGraphType<IdGraphType>>("to", "Id of the faction to reach.")
            .Argument<IntGraphType>("maxHops", "Longest path to look for (at most GraphQL:MaxPathHops).", a => a.DefaultValue = 4)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Follow only these kinds of edge (default: all).")
            .Argument<BooleanGraphType>("directed", "Follow edges only from source to target.", a => a.DefaultValue = false)
            .ResolveAsync(async c => await Traversals.PathAsync(c));
        Field<ArticleType>("article").Description("An article by id; null when unknown.").Argument<NonNullGraphType<IdGraphType>>("id", "The article's id (`art-…`).")
            .ResolveAsync(async c => (await Store(c).GetArticlesAsync([c.GetArgument<string>("id")], c.CancellationToken)).FirstOrDefault());
        Field<NonNullGraphType<ArticleConnectionType>>("articles")
            .Description("Articles newest first; `search` matches the title, `mentioning` takes a faction id.")
            .Argument<StringGraphType>("search", "Part of the title.").Argument<IdGraphType>("mentioning", "Only articles mentioning this faction id.")
            .Argument<IntGraphType>("first", "Page size.").Argument<StringGraphType>("after", "Cursor of the last item seen.")
            .ResolveAsync(async c => await Paging.ArticlesAsync(c, c.GetArgument<string?>("search"), c.GetArgument<string?>("mentioning")));
        Field<NonNullGraphType<StatsType>>("stats").Description("Counts of the graph and the ingestion queue.")
            .ResolveAsync(async c => new Stats(await Store(c).GetStatsAsync(c.CancellationToken), await c.RequestServices!.GetRequiredService<IngestionQueue>().CountsAsync(c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CuratorActionType>>>>("curatorActions")
            .Description("Analysts' corrections (aliases, merges, unmerges), newest first: who, when and with what arguments.")
            .Argument<IdGraphType>("factionId", "Only actions whose arguments name this faction.").Argument<IntGraphType>("first", "How many, newest first (default: the default page size).")
            .ResolveAsync(async c =>
            {
                var factionId = c.GetArgument<string?>("factionId");
                if (factionId is not null) InputErrors.Throw(InputRules.CheckText("factionId", factionId, InputRules.MaxIdLength));
                return await Store(c).GetCuratorActionsAsync(factionId, Paging.First(c), c.CancellationToken);
            });
        Field<JobType>("ingestionJob").Description("An ingestion job by id (the article id returned on submission).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The job's id, which is the article's id.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<IngestionQueue>().GetAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }

    static IGraphStore Store(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IGraphStore>();

    /// <summary>The key a search matches; null for no search. A search that folds to nothing would match every faction, so it is refused.</summary>
    static string? SearchKey(string? search)
    {
        if (search is null) return null;
        InputErrors.Throw(InputRules.CheckText("search", search, InputRules.MaxNameLength));
        var key = NameKey.Of(InputRules.Normalize(search));
        return key.Length > 0 ? key
            : throw new ExecutionError($"`search` '{search}' has no letters or digits to search for.") { Code = ErrorCodes.BadUserInput };
    }

    static async Task<Faction?> FindFactionAsync(IResolveFieldContext c)
    {
        var id = c.GetArgument<string?>("id");
        var name = c.GetArgument<string?>("name");
        if (id is null && name is null) throw new ExecutionError("Give `id` or `name`.") { Code = ErrorCodes.BadUserInput };
        InputErrors.Throw(InputRules.CheckText("id", id, InputRules.MaxIdLength) ?? InputRules.CheckName("name", name));
        id ??= await Store(c).ResolveNameAsync(NameKey.Of(InputRules.Normalize(name!)), c.CancellationToken);
        return id is null ? null : (await Store(c).GetFactionsAsync([id], c.CancellationToken)).FirstOrDefault();
    }
}
