using GraphQLParser;
using GraphQLParser.AST;

namespace FactionGraph.Api.Tests;

/// <summary>The SDL served at /graphql/schema.graphql describes every type, field, argument and enum value it prints.</summary>
public sealed class SchemaDescriptionTests
{
    [Fact]
    public async Task Every_member_of_the_served_schema_has_a_description()
    {
        await using var factory = new ApiFactory(ApiFactory.NewDataPath(), new Dictionary<string, string?> { ["Ingestion:LoadSeed"] = "false" });
        var client = factory.StartClient();
        var sdl = await client.GetStringAsync("/graphql/schema.graphql");
        var document = Parser.Parse(sdl);

        var undescribed = new List<string>();
        void Require(GraphQLDescription? description, string what)
        {
            if (string.IsNullOrWhiteSpace(description?.Value.ToString())) undescribed.Add(what);
        }
        void Arguments(GraphQLArgumentsDefinition? arguments, string owner)
        {
            foreach (var argument in arguments?.Items ?? []) Require(argument.Description, $"{owner}({argument.Name.StringValue}:)");
        }
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLDirectiveDefinition directive:
                    Require(directive.Description, $"@{directive.Name.StringValue}");
                    Arguments(directive.Arguments, $"@{directive.Name.StringValue}");
                    break;
                case GraphQLTypeDefinition type:
                    var name = type.Name.StringValue;
                    Require(type.Description, $"type {name}");
                    var fields = type switch
                    {
                        GraphQLObjectTypeDefinition o => o.Fields?.Items,
                        GraphQLInterfaceTypeDefinition i => i.Fields?.Items,
                        _ => null,
                    };
                    foreach (var field in fields ?? [])
                    {
                        Require(field.Description, $"{name}.{field.Name.StringValue}");
                        Arguments(field.Arguments, $"{name}.{field.Name.StringValue}");
                    }
                    if (type is GraphQLInputObjectTypeDefinition input)
                        foreach (var field in input.Fields?.Items ?? []) Require(field.Description, $"{name}.{field.Name.StringValue}");
                    if (type is GraphQLEnumTypeDefinition enumType)
                        foreach (var value in enumType.Values?.Items ?? []) Require(value.Description, $"{name}.{value.Name.StringValue}");
                    break;
            }
        }
        Assert.True(document.Definitions.OfType<GraphQLTypeDefinition>().Count() > 10, "The schema printed too few types to judge.");
        Assert.True(undescribed.Count == 0, $"{undescribed.Count} schema members lack a description:\n" + string.Join("\n", undescribed));
    }
}
