using System.Text;
using FactionGraph.Model;
using FactionGraph.Storage;
using GraphQL;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.GraphQL;

/// <summary>Cursor paging for connections: opaque cursors over offsets, sizes checked against the limits.</summary>
public static class Paging
{
    public static string Cursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset}"));

    /// <summary>The first offset after the cursor; 0 with no cursor.</summary>
    public static int OffsetAfter(string? after)
    {
        if (after is null) return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(after));
            // int.MaxValue would overflow to the first page; no page starts there anyway.
            if (text.StartsWith("offset:") && int.TryParse(text[7..], out var offset) && offset is >= 0 and < int.MaxValue) return offset + 1;
        }
        catch (FormatException) { }
        throw new ExecutionError($"'{after}' is not a cursor this API gave out.") { Code = ErrorCodes.BadUserInput };
    }

    /// <summary>The page size asked for, refused with PAGE_SIZE_EXCEEDED above the limit.</summary>
    public static int First(IResolveFieldContext context)
    {
        var limits = context.RequestServices!.GetRequiredService<IOptions<GraphQLLimits>>().Value;
        var first = context.GetArgument<int?>("first") ?? limits.DefaultPageSize;
        if (first < 0) throw new ExecutionError("`first` must not be negative.") { Code = ErrorCodes.BadUserInput };
        if (first > limits.MaxPageSize)
            throw new ExecutionError($"`first` is {first}; the largest page is {limits.MaxPageSize}.") { Code = ErrorCodes.PageSizeExceeded };
        return first;
    }

    public static async Task<Page<Article>> ArticlesAsync(IResolveFieldContext c, string? search, string? mentioning)
    {
        var store = c.RequestServices!.GetRequiredService<IGraphStore>();
        return await store.SearchArticlesAsync(new ArticleSearch(search, mentioning, First(c), OffsetAfter(c.GetArgument<string?>("after"))), c.CancellationToken);
    }
}
