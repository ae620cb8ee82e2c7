using FactionGraph.Model;
using FactionGraph.Storage;

namespace FactionGraph.Api.Tests;

/// <summary>Writes hand-made articles straight into the store, so API tests know exactly what the graph holds.</summary>
public sealed class GraphBuilder(IGraphStore store)
{
    readonly List<Faction> factions = [];
    readonly List<ExtractedRelation> relations = [];

    public GraphBuilder Faction(string id, string name, FactionKind kind = FactionKind.Group, params string[] aliases)
    {
        factions.Add(new Faction(id, name, kind, aliases));
        return this;
    }

    public GraphBuilder Relation(RelationType type, string source, string target, string date, Stance stance = Stance.Asserted, string? quote = null)
    {
        var text = quote ?? $"{source} {WireName.Of(type)} {target} on {date}.";
        relations.Add(new ExtractedRelation(type, source, target, new Evidence("", text, relations.Count * 100, relations.Count * 100 + text.Length, "test", 0.9, stance, date)));
        return this;
    }

    /// <summary>Writes everything added so far as one article, published on <paramref name="date"/>.</summary>
    public async Task<Article> ArticleAsync(string title, string date)
    {
        var article = new Article(ArticleId.FromText(title), title, $"https://example.org/{Uri.EscapeDataString(title)}", date, "Test Wire");
        var withArticle = relations.Select(r => r with { Evidence = r.Evidence with { ArticleId = article.Id } }).ToList();
        await store.UpsertArticleAsync(article, new ArticleExtraction([.. factions], withArticle), CancellationToken.None);
        factions.Clear();
        relations.Clear();
        return article;
    }
}
