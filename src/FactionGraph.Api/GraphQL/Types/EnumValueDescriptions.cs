using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

/// <summary>Describes an enum's values in the schema, by their GraphQL names.</summary>
public static class EnumValueDescriptions
{
    /// <summary>Throws at start-up for a name the enum does not have, so a renamed value cannot lose its description unnoticed.</summary>
    public static void Describe(this EnumerationGraphType type, params (string Name, string Description)[] values)
    {
        foreach (var (name, description) in values)
            (type.Values.FindByName(name) ?? throw new InvalidOperationException($"{type.Name} has no value {name}.")).Description = description;
    }
}
