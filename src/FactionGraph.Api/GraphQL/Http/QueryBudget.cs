using GraphQL;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace FactionGraph.Api.GraphQL.Http;

/// <summary>
/// Parses a query once and measures its size with fragments expanded, before GraphQL.NET validates it:
/// validation (overlapping fields above all) and cost analysis grow with the expanded query, not with
/// its text, so a 3 KB query of fragments spreading each other twice must be refused here, cheaply.
/// Each fragment is measured once and its figures reused at every spread, so this pass is linear in the text.
/// </summary>
public static class QueryBudget
{
    /// <summary>The measures of a selection set with its fragments expanded; counts saturate at <see cref="long.MaxValue"/>.</summary>
    sealed class Shape
    {
        public long Selections;
        public long Aliases;
        public long MostSameName; // in this set or any set below it
        public readonly Dictionary<string, long> NameCounts = new(StringComparer.Ordinal); // this set's own response names
    }

    /// <summary>The parsed document, or the error to answer with (its code is one of <see cref="ErrorCodes"/>).</summary>
    public static (GraphQLDocument? Document, ExecutionError? Error) Check(string query, GraphQLLimits limits)
    {
        if (query.Length > limits.MaxQueryLength)
            return Fail(ErrorCodes.QueryTooLarge, $"The query is {query.Length} characters; the limit is {limits.MaxQueryLength}.");
        GraphQLDocument document;
        try { document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth }); }
        catch (GraphQLSyntaxErrorException ex) { return (null, new SyntaxError(ex)); }
        catch (GraphQLMaxDepthExceededException) { return Fail(ErrorCodes.SyntaxError, $"The query nests deeper than {limits.MaxParserDepth} levels."); }

        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment); // duplicates are the validator's to report
        var measured = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var shape = Measure(operation.SelectionSet, fragments, measured, []);
            if (shape.Selections > limits.MaxSelections)
                return Fail(ErrorCodes.TooManySelections, $"The query selects {Show(shape.Selections)} fields with its fragments expanded; the limit is {limits.MaxSelections}.");
            if (shape.Aliases > limits.MaxAliases)
                return Fail(ErrorCodes.TooManyAliases, $"The query has {Show(shape.Aliases)} aliased fields with its fragments expanded; the limit is {limits.MaxAliases}.");
            if (shape.MostSameName > limits.MaxSameNameFields)
                return Fail(ErrorCodes.TooManySameNameFields, $"One selection set has {Show(shape.MostSameName)} fields answering under the same name; the limit is {limits.MaxSameNameFields}.");
        }
        return (document, null);
    }

    static Shape Measure(GraphQLSelectionSet? set, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, Shape> measured, HashSet<string> visiting)
    {
        var shape = new Shape();
        if (set is null) return shape;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var inner = Measure(field.SelectionSet, fragments, measured, visiting);
                    shape.Selections = Add(shape.Selections, Add(1, inner.Selections));
                    shape.Aliases = Add(shape.Aliases, Add(field.Alias is null ? 0 : 1, inner.Aliases));
                    shape.MostSameName = Math.Max(shape.MostSameName, inner.MostSameName);
                    Count(shape, (field.Alias?.Name ?? field.Name).StringValue, 1);
                    break;
                case GraphQLInlineFragment inline:
                    Merge(shape, Measure(inline.SelectionSet, fragments, measured, visiting));
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    // Unknown and cyclic fragments count nothing here: the validator refuses them.
                    if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name)) break;
                    if (!measured.TryGetValue(name, out var fragmentShape))
                        measured[name] = fragmentShape = Measure(fragment.SelectionSet, fragments, measured, visiting);
                    visiting.Remove(name);
                    Merge(shape, fragmentShape);
                    break;
            }
        }
        foreach (var count in shape.NameCounts.Values) shape.MostSameName = Math.Max(shape.MostSameName, count);
        return shape;
    }

    static void Merge(Shape into, Shape part)
    {
        into.Selections = Add(into.Selections, part.Selections);
        into.Aliases = Add(into.Aliases, part.Aliases);
        into.MostSameName = Math.Max(into.MostSameName, part.MostSameName);
        foreach (var (name, count) in part.NameCounts) Count(into, name, count);
    }

    static void Count(Shape shape, string responseName, long count) =>
        shape.NameCounts[responseName] = Add(shape.NameCounts.GetValueOrDefault(responseName), count);

    static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    static string Show(long count) => count == long.MaxValue ? "more than 9e18" : count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    static (GraphQLDocument?, ExecutionError?) Fail(string code, string message) => (null, new ExecutionError(message) { Code = code });
}
