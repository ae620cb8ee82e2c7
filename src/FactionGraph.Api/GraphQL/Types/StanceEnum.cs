using FactionGraph.Model;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class StanceEnum : EnumerationGraphType<Stance>
{
    public StanceEnum()
    {
        Name = "Stance";
        Description = "How the sentence puts the claim: ASSERTED, DENIED, or REPORTED (attributed to a source).";
        this.Describe(
            ("ASSERTED", "The text states the claim as fact."),
            ("DENIED", "The text reports someone denying the claim, or negates it."),
            ("REPORTED", "The text attributes the claim to a source (\"according to activists\")."));
    }
}
