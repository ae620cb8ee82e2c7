using FactionGraph.Ingestion;
using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

/// <summary>Counts of the graph and of the ingestion queue.</summary>
public sealed record Stats(GraphStats Graph, QueueCounts Queue);

public sealed class StatsType : ObjectGraphType<Stats>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "How big the graph is, and how ingestion is doing.";
        Field<NonNullGraphType<IntGraphType>>("factions").Description("Factions in the graph.").Resolve(c => c.Source.Graph.Factions);
        Field<NonNullGraphType<IntGraphType>>("relations").Description("Edges between factions.").Resolve(c => c.Source.Graph.Relations);
        Field<NonNullGraphType<IntGraphType>>("articles").Description("Articles applied to the graph.").Resolve(c => c.Source.Graph.Articles);
        Field<NonNullGraphType<IntGraphType>>("evidence").Description("Pieces of evidence (sentences) behind the edges.").Resolve(c => c.Source.Graph.Evidence);
        Field<NonNullGraphType<IntGraphType>>("queued").Description("Articles accepted and waiting.").Resolve(c => c.Source.Queue.Queued + c.Source.Queue.Running);
        Field<NonNullGraphType<IntGraphType>>("done").Description("Ingestion jobs done.").Resolve(c => c.Source.Queue.Done);
        Field<NonNullGraphType<IntGraphType>>("failed").Description("Ingestion jobs set aside after their tries.").Resolve(c => c.Source.Queue.Failed);
    }
}
