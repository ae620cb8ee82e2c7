using FactionGraph.Model;
using FactionGraph.Storage;
using GraphQL.Types;

namespace FactionGraph.Api.GraphQL.Types;

/// <summary>A Relay-style connection over a <see cref="Page{T}"/>: edges with cursors, pageInfo, totalCount.</summary>
public abstract class ConnectionType<TNodeType, T> : ObjectGraphType<Page<T>> where TNodeType : IGraphType
{
    protected ConnectionType(string nodeName)
    {
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} results.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Results in all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, T>>>>>("edges").Description("The items of this page, each with its cursor.")
            .Resolve(c => c.Source.Items.Select((item, i) => new PageEdge<T>(Paging.Cursor(c.Source.Offset + i), item)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The items, without cursors.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Whether more pages follow, and the cursors of this one.").Resolve(c => c.Source);
    }
}

public sealed record PageEdge<T>(string Cursor, T Node);

public sealed class EdgeType<TNodeType, T> : ObjectGraphType<PageEdge<T>> where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = $"{typeof(T).Name}Edge";
        Description = $"One {typeof(T).Name} of a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this item.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}

public sealed class PageInfoType : ObjectGraphType<IPage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page sits among all results.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("More results follow this page.").Resolve(c => c.Source.Offset + c.Source.Count < c.Source.TotalCount);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Results come before this page.").Resolve(c => c.Source.Offset > 0);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item; null on an empty page.").Resolve(c => c.Source.Count > 0 ? Paging.Cursor(c.Source.Offset) : null);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item, to pass as `after`; null on an empty page.").Resolve(c => c.Source.Count > 0 ? Paging.Cursor(c.Source.Offset + c.Source.Count - 1) : null);
    }
}

public sealed class FactionConnectionType() : ConnectionType<FactionType, Faction>("Faction");

public sealed class ArticleConnectionType() : ConnectionType<ArticleType, Article>("Article");
