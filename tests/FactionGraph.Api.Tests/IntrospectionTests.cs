using System.Text.Json.Nodes;

namespace FactionGraph.Api.Tests;

/// <summary>
/// GraphiQL and code generators read the schema with the full introspection query (every type with its fields,
/// arguments, input fields, enum values, interfaces and seven levels of wrapped types). Its cost is fixed by the
/// schema, not by the graph, so it is not held against the complexity limit that bounds data queries.
/// </summary>
public sealed class IntrospectionTests
{
    // The shape IDEs send, written out here: seven levels of ofType, as deep as a wrapped list of lists goes.
    const string FullIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task The_full_introspection_query_is_answered_under_the_default_limits()
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync());
        var client = factory.StartClient();
        var answer = await ApiFactory.GraphQLAsync(client, FullIntrospection);
        Assert.True(answer["errors"] is null, ApiFactory.Json(answer));
        var types = answer["data"]!["__schema"]!["types"]!.AsArray();
        Assert.Contains(types, t => (string?)t!["name"] == "Faction");
    }

    [Fact]
    public async Task Data_queries_are_still_held_to_the_complexity_limit()
    {
        await using var factory = new ApiFactory(await StoreReset.FreshDataPathAsync(), new Dictionary<string, string?> { ["GraphQL:MaxComplexity"] = "50" });
        var client = factory.StartClient();
        var answer = await ApiFactory.GraphQLAsync(client, """{ factions(first: 100) { nodes { name members { member { name members { member { name } } } } } } }""");
        Assert.True(answer["errors"] is JsonArray { Count: > 0 }, ApiFactory.Json(answer));
        var introspection = await ApiFactory.GraphQLAsync(client, FullIntrospection);
        Assert.True(introspection["errors"] is null, ApiFactory.Json(introspection));
    }
}
