using FactionGraph.Model;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class RelationTypeEnum : EnumerationGraphType<RelationType>
{
    public RelationTypeEnum()
    {
        Name = "RelationType";
        Description = "The kind of edge between two factions; direction is source → target (MEMBER_OF: member → alliance).";
    }
}
