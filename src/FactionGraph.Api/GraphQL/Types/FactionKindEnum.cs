using FactionGraph.Model;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class FactionKindEnum : EnumerationGraphType<FactionKind>
{
    public FactionKindEnum()
    {
        Name = "FactionKind";
        Description = "What sort of actor a faction is: ALLIANCE, GROUP, STATE_ACTOR or OTHER.";
    }
}
