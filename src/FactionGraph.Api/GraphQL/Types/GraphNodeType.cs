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
        Field<NonNullGraphType<StringGraphType>>("name").Description("The faction's canonical name.").Resolve(c => c.Source.Faction.Name);
        Field<NonNullGraphType<FactionKindEnum>>("kind").Description("What sort of actor it is.").Resolve(c => c.Source.Faction.Kind);
        Field<NonNullGraphType<IntGraphType>>("degree").Description("Edges of this faction in the whole graph.").Resolve(c => c.Source.Degree);
        Field<NonNullGraphType<FactionType>>("faction").Description("The full faction.").Resolve(c => c.Source.Faction);
    }
}
