using FactionGraph.Model;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "An edge between two factions, with the evidence behind it.";
        RelationFields.AddTo(this);
    }
}
