using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

public sealed class CuratorActionType : ObjectGraphType<CuratorAction>
{
    public CuratorActionType()
    {
        Name = "CuratorAction";
        Description = "One analyst's correction (addAlias, mergeFactions, unmergeFactions), recorded in the same transaction as the change it made.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the record.").Resolve(c => c.Source.Id);
        Field(a => a.Action).Description("The mutation that made it: `addAlias`, `mergeFactions` or `unmergeFactions`.");
        Field(a => a.Curator).Description("Who made it: `key:` and the first 8 hex digits of the SHA-256 of the API key used (never the key), or `loopback` when the service runs without keys.");
        Field(a => a.At).Description("When, UTC, ISO 8601 to the tenth of a microsecond.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CuratorArgumentType>>>>("arguments").Description("The mutation's arguments, as given.")
            .Resolve(c => c.Source.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).ToList());
        Field<IdGraphType>("undoneBy").Description("For a merge: the id of the `unmergeFactions` action that undid it; null while it stands.").Resolve(c => c.Source.UndoneBy);
    }
}

public sealed class CuratorArgumentType : ObjectGraphType<KeyValuePair<string, string>>
{
    public CuratorArgumentType()
    {
        Name = "CuratorArgument";
        Description = "One argument of a curator action.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The argument's name, e.g. `mergeId`.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Its value, as given.").Resolve(c => c.Source.Value);
    }
}
