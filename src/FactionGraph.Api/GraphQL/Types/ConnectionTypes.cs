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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, T>>>>>("edges")
            .Resolve(c => c.Source.Items.Select((item, i) => new PageEdge<T>(Paging.Cursor(c.Source.Offset + i), item)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The items, without cursors.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source);
    }
}

public sealed record PageEdge<T>(string Cursor, T Node);

public sealed class EdgeType<TNodeType, T> : ObjectGraphType<PageEdge<T>> where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = $"{typeof(T).Name}Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this item.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

public sealed class PageInfoType : ObjectGraphType<IPage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.Offset + c.Source.Count < c.Source.TotalCount);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.Offset > 0);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.Count > 0 ? Paging.Cursor(c.Source.Offset) : null);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.Count > 0 ? Paging.Cursor(c.Source.Offset + c.Source.Count - 1) : null);
    }
}

public sealed class FactionConnectionType() : ConnectionType<FactionType, Faction>("Faction");

public sealed class ArticleConnectionType() : ConnectionType<ArticleType, Article>("Article");
