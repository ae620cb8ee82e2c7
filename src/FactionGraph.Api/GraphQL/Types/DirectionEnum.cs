using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class DirectionEnum : EnumerationGraphType<Direction>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "Which edges of a faction: OUTGOING (it is the source), INCOMING (it is the target), or BOTH.";
        this.Describe(
            ("OUTGOING", "Edges whose source is the faction."),
            ("INCOMING", "Edges whose target is the faction."),
            ("BOTH", "Edges on either side of the faction."));
    }
}
