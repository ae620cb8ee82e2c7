using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class GraphNodeType : ObjectGraphType<GraphNode>
{
    public GraphNodeType()
    {
        Name = "GraphNode";
        Description = "A node to draw: a faction with its degree.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The faction's id.").Resolve(c => c.Source.Faction.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Faction.Name);
        Field<NonNullGraphType<FactionKindEnum>>("kind").Resolve(c => c.Source.Faction.Kind);
        Field<NonNullGraphType<IntGraphType>>("degree").Description("Edges of this faction in the whole graph.").Resolve(c => c.Source.Degree);
        Field<NonNullGraphType<FactionType>>("faction").Description("The full faction.").Resolve(c => c.Source.Faction);
    }
}
