using FactionGraph.Ingestion;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class JobStateEnum : EnumerationGraphType<JobState>
{
    public JobStateEnum() { Name = "JobState"; Description = "QUEUED, RUNNING, DONE or FAILED."; }
}

public sealed class JobType : ObjectGraphType<Job>
{
    public JobType()
    {
        Name = "IngestionJob";
        Description = "An accepted article on its way into the graph. Its id is the article's id.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<JobStateEnum>>("state").Resolve(c => c.Source.State);
        Field<NonNullGraphType<IntGraphType>>("attempts").Resolve(c => c.Source.Attempts);
        Field<StringGraphType>("reason").Description("Why the last attempt failed.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("enqueuedAt").Description("UTC timestamp, ISO 8601.").Resolve(c => c.Source.EnqueuedAt);
        Field<StringGraphType>("finishedAt").Resolve(c => c.Source.FinishedAt);
    }
}
