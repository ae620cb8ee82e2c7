using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Builders;
using GraphQL.Types;
using ExecutionContext = GraphQL.Execution.ExecutionContext;
using GraphQLParser.AST;

namespace FactionGraph.Api.GraphQL;

/// <summary>
/// Large lists of plain data (a neighbourhood's nodes and edges: hundreds of items, a few scalars
/// each) cost more in per-field execution than in computing them. A field declared with
/// <see cref="PlainField"/> keeps its ordinary resolver, and also records how to read its value
/// straight from the item; when every field a list item selects is such a field (or __typename),
/// <see cref="PlainListExecutionStrategy"/> writes each item as one ready value instead of one
/// execution node per field. Anything else (a nested object, arguments, directives) runs the usual way.
/// </summary>
static class PlainLists
{
    const string ReaderKey = "plainValue";

    /// <summary>A scalar field whose value is read from the source by <paramref name="read"/>, both by its resolver and by plain lists.</summary>
    public static FieldBuilder<TSource, object> PlainField<TSource, TGraphType>(this ObjectGraphType<TSource> type, string name, Func<TSource, object?> read)
        where TGraphType : IGraphType =>
        type.Field<TGraphType>(name).Resolve(c => read(c.Source)).WithMetadata(ReaderKey, (Func<object, object?>)(source => read((TSource)source)));

    /// <summary>For each selected field (response name, reader, scalar type), or null when some field is not plain.</summary>
    public static List<(JsonEncodedText Name, Func<object, object?>? Read, ScalarGraphType? Scalar)>? Plan(Dictionary<string, (GraphQLField Field, FieldType Definition)> fields)
    {
        var plan = new List<(JsonEncodedText, Func<object, object?>?, ScalarGraphType?)>(fields.Count);
        foreach (var (name, (field, definition)) in fields)
        {
            if (field.Arguments is { Count: > 0 } || field.Directives is { Count: > 0 } || field.SelectionSet is not null) return null;
            if (definition.Name == "__typename") { plan.Add((JsonEncodedText.Encode(name), null, null)); continue; }
            var scalar = (definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType) as ScalarGraphType;
            if (scalar is null || definition.GetMetadata<Func<object, object?>?>(ReaderKey) is not { } read) return null;
            plan.Add((JsonEncodedText.Encode(name), read, scalar));
        }
        return plan;
    }
}

/// <summary>The default (parallel) strategy, with lists of plain items written without per-field nodes (see <see cref="PlainLists"/>).</summary>
public sealed class PlainListExecutionStrategy : ParallelExecutionStrategy
{
    protected override Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        var itemType = (parent.GraphType as ListGraphType)?.ResolvedType;
        if (itemType is NonNullGraphType nonNull) itemType = nonNull.ResolvedType;
        if (itemType is not IObjectGraphType objectType || parent.Result is not System.Collections.IEnumerable items || parent.Field.SelectionSet is not { } selection)
            return base.SetArrayItemNodesAsync(context, parent);
        var plan = PlainLists.Plan(CollectFieldsFrom(context, objectType, selection, null));
        if (plan is null) return base.SetArrayItemNodesAsync(context, parent);
        var names = plan.Select(p => p.Name).ToArray();
        var nodes = new List<ExecutionNode>();
        var index = 0;
        foreach (var item in items)
        {
            var values = new object?[plan.Count];
            for (var i = 0; i < values.Length; i++)
                values[i] = plan[i].Read is { } read ? read(item) is { } raw ? plan[i].Scalar!.Serialize(raw) : null : objectType.Name;
            nodes.Add(new PlainItemNode(parent, parent.Field, parent.FieldDefinition, index++, new PlainObject(names, values)));
        }
        parent.Items = nodes;
        return Task.CompletedTask;
    }

    /// <summary>One list item, already reduced to its selected fields' serialized values.</summary>
    sealed class PlainItemNode(ExecutionNode parent, GraphQLField field, FieldType definition, int index, PlainObject value)
        : ValueExecutionNode(parent, Placeholder, field, definition, index)
    {
        // ValueExecutionNode wants a scalar type; the item's value is ready, so any scalar will do.
        static readonly StringGraphType Placeholder = new();

        public override object? ToValue() => value;
    }
}

/// <summary>A list item's selected fields, written as a JSON object with names encoded once per list.</summary>
[JsonConverter(typeof(PlainObjectConverter))]
sealed record PlainObject(JsonEncodedText[] Names, object?[] Values);

/// <summary>Writes a <see cref="PlainObject"/> directly; the values are what scalars serialize to (strings, numbers, booleans).</summary>
sealed class PlainObjectConverter : JsonConverter<PlainObject>
{
    public override PlainObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Plain list items are only ever written.");

    public override void Write(Utf8JsonWriter writer, PlainObject value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        for (var i = 0; i < value.Names.Length; i++)
        {
            writer.WritePropertyName(value.Names[i]);
            switch (value.Values[i])
            {
                case null: writer.WriteNullValue(); break;
                case string s: writer.WriteStringValue(s); break;
                case int n: writer.WriteNumberValue(n); break;
                case long n: writer.WriteNumberValue(n); break;
                case double d: writer.WriteNumberValue(d); break;
                case bool b: writer.WriteBooleanValue(b); break;
                case var other: JsonSerializer.Serialize(writer, other, options); break;
            }
        }
        writer.WriteEndObject();
    }
}
