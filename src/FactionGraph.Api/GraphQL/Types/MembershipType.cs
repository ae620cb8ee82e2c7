using FactionGraph.Model;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class MembershipType : ObjectGraphType<Relation>
{
    public MembershipType()
    {
        Name = "Membership";
        Description = "A MEMBER_OF edge: a member faction in an alliance, over time, with evidence.";
        RelationFields.AddTo(this);
        Field<NonNullGraphType<FactionType>>("member").Description("The member faction (the edge's source).")
            .Resolve(c => RelationFields.Loaders(c).Faction(c.Source.Source));
        Field<NonNullGraphType<FactionType>>("alliance").Description("The alliance (the edge's target).")
            .Resolve(c => RelationFields.Loaders(c).Faction(c.Source.Target));
    }
}
