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
    public static List<(string Name, Func<object, object?>? Read, ScalarGraphType? Scalar)>? Plan(Dictionary<string, (GraphQLField Field, FieldType Definition)> fields)
    {
        var plan = new List<(string, Func<object, object?>?, ScalarGraphType?)>(fields.Count);
        foreach (var (name, (field, definition)) in fields)
        {
            if (field.Arguments is { Count: > 0 } || field.Directives is { Count: > 0 } || field.SelectionSet is not null) return null;
            if (definition.Name == "__typename") { plan.Add((name, null, null)); continue; }
            var scalar = (definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType) as ScalarGraphType;
            if (scalar is null || definition.GetMetadata<Func<object, object?>?>(ReaderKey) is not { } read) return null;
            plan.Add((name, read, scalar));
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
        var nodes = new List<ExecutionNode>();
        var index = 0;
        foreach (var item in items)
        {
            var value = new Dictionary<string, object?>(plan.Count);
            foreach (var (name, read, scalar) in plan)
                value[name] = read is null ? objectType.Name : read(item) is { } raw ? scalar!.Serialize(raw) : null;
            nodes.Add(new PlainItemNode(parent, parent.Field, parent.FieldDefinition, index++, value));
        }
        parent.Items = nodes;
        return Task.CompletedTask;
    }

    /// <summary>One list item, already reduced to its selected fields' serialized values.</summary>
    sealed class PlainItemNode(ExecutionNode parent, GraphQLField field, FieldType definition, int index, Dictionary<string, object?> value)
        : ValueExecutionNode(parent, Placeholder, field, definition, index)
    {
        // ValueExecutionNode wants a scalar type; the item's value is ready, so any scalar will do.
        static readonly StringGraphType Placeholder = new();

        public override object? ToValue() => value;
    }
}
