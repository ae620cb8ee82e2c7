using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class GraphNodeType : ObjectGraphType<GraphNode>
{
    public GraphNodeType()
    {
        Name = "GraphNode";
        Description = "A node to draw: a faction with its degree.";
        // Plain fields: a neighbourhood's hundreds of nodes are written without a resolver call per field.
        this.PlainField<GraphNode, NonNullGraphType<IdGraphType>>("id", n => n.Faction.Id).Description("The faction's id.");
        this.PlainField<GraphNode, NonNullGraphType<StringGraphType>>("name", n => n.Faction.Name).Description("The faction's canonical name.");
        this.PlainField<GraphNode, NonNullGraphType<FactionKindEnum>>("kind", n => n.Faction.Kind).Description("What sort of actor it is.");
        this.PlainField<GraphNode, NonNullGraphType<IntGraphType>>("degree", n => n.Degree).Description("Edges of this faction in the whole graph.");
        Field<NonNullGraphType<FactionType>>("faction").Description("The full faction.").Resolve(c => c.Source.Faction);
    }
}
