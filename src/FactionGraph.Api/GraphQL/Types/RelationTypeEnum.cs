using FactionGraph.Model;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class RelationTypeEnum : EnumerationGraphType<RelationType>
{
    public RelationTypeEnum()
    {
        Name = "RelationType";
        Description = "The kind of edge between two factions; direction is source → target (MEMBER_OF: member → alliance).";
        this.Describe(
            ("MEMBER_OF", "The source is a member of the alliance that is the target."),
            ("LEFT", "The source left the alliance that is the target."),
            ("MERGED_INTO", "The source merged into the target."),
            ("RENAMED_TO", "The source was renamed to the target (old name → new name)."),
            ("SPLIT_FROM", "The source split from the target."),
            ("AFFILIATED_WITH", "The source is affiliated with (linked to) the target."),
            ("ALLIED_WITH", "The source is allied with the target; symmetric in meaning."),
            ("FIGHTS_AGAINST", "The source fights against the target; symmetric in meaning."));
    }
}
