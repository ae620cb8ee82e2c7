using FactionGraph.Ingestion;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

/// <summary>The job of an ingested article and, once applied, the article and what it added.</summary>
public sealed record IngestResult(Job Job);

public sealed class IngestResultType : ObjectGraphType<IngestResult>
{
    public IngestResultType()
    {
        Name = "IngestResult";
        Description = "The ingestion job; when it is DONE, the article and what it added to the graph.";
        Field<NonNullGraphType<JobType>>("job").Description("The ingestion job, in its state when the answer was given.").Resolve(c => c.Source.Job);
        Field<ArticleType>("article").Description("The article, once applied.")
            .Resolve(c => c.Source.Job.State == JobState.Done ? RelationFields.Loaders(c).Article(c.Source.Job.Id) : null);
        Field<NonNullGraphType<IntGraphType>>("addedFactions").Description("Factions new to the graph; 0 until DONE.").Resolve(c => c.Source.Job.Added?.Factions ?? 0);
        Field<NonNullGraphType<IntGraphType>>("addedRelations").Description("Edges new to the graph; 0 until DONE.").Resolve(c => c.Source.Job.Added?.Relations ?? 0);
        Field<NonNullGraphType<IntGraphType>>("addedEvidence").Description("Pieces of evidence new to the graph; 0 until DONE.").Resolve(c => c.Source.Job.Added?.Evidence ?? 0);
    }
}
