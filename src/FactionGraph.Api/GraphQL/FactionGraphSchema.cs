using FactionGraph.Api.GraphQL.Types;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL;

public sealed class FactionGraphSchema : Schema
{
    public FactionGraphSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Description = "FactionGraph: who is allied with whom, since when, and on what evidence.";
        Query = query;
        Mutation = mutation;
    }
}
