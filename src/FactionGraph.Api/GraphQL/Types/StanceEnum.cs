using FactionGraph.Model;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class StanceEnum : EnumerationGraphType<Stance>
{
    public StanceEnum()
    {
        Name = "Stance";
        Description = "How the sentence puts the claim: ASSERTED, DENIED, or REPORTED (attributed to a source).";
    }
}
