using FactionGraph.Model;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class FactionKindEnum : EnumerationGraphType<FactionKind>
{
    public FactionKindEnum()
    {
        Name = "FactionKind";
        Description = "What sort of actor a faction is: ALLIANCE, GROUP, STATE_ACTOR or OTHER.";
        this.Describe(
            ("ALLIANCE", "A coalition or operations room whose members are other factions."),
            ("GROUP", "An armed group."),
            ("STATE_ACTOR", "A state's army, government or agency."),
            ("OTHER", "Anything else worth a node, for example a political body."));
    }
}
