using FactionGraph.Ingestion;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class JobStateEnum : EnumerationGraphType<JobState>
{
    public JobStateEnum()
    {
        Name = "JobState";
        Description = "QUEUED, RUNNING, DONE or FAILED.";
        this.Describe(
            ("QUEUED", "Accepted and waiting for the worker."),
            ("RUNNING", "Being applied by a worker."),
            ("DONE", "Applied: what it says is in the graph."),
            ("FAILED", "Set aside after its last allowed attempt; `reason` says why."));
    }
}

public sealed class JobType : ObjectGraphType<Job>
{
    public JobType()
    {
        Name = "IngestionJob";
        Description = "An accepted article on its way into the graph. Its id is the article's id.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The article's id: `art-` and a hash of its text.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<JobStateEnum>>("state").Description("Where the job is.").Resolve(c => c.Source.State);
        Field<NonNullGraphType<IntGraphType>>("attempts").Description("Tries so far to apply it.").Resolve(c => c.Source.Attempts);
        Field<StringGraphType>("reason").Description("Why the last attempt failed.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The article's title.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("enqueuedAt").Description("UTC timestamp, ISO 8601.").Resolve(c => c.Source.EnqueuedAt);
        Field<StringGraphType>("finishedAt").Description("When it was done or set aside: UTC timestamp, ISO 8601; null while waiting.").Resolve(c => c.Source.FinishedAt);
    }
}
