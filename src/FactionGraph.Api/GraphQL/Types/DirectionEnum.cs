using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class DirectionEnum : EnumerationGraphType<Direction>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "Which edges of a faction: OUTGOING (it is the source), INCOMING (it is the target), or BOTH.";
    }
}
