using FactionGraph.Extraction;
using FactionGraph.Model;
using FactionGraph.Storage;

namespace FactionGraph.Ingestion;

/// <summary>Reads articles and writes what they say to the graph, one store transaction per call. Idempotent.</summary>
public sealed class ArticleIngestor(FactionExtractor extractor, IGraphStore store)
{
    public async Task<IngestOutcome> IngestAsync(QueuedArticle queued, CancellationToken ct) =>
        (await CommitAsync([await PrepareAsync(queued, ct)], ct))[0];

    /// <summary>What the article says, its factions put onto the ones the graph knows (nothing written yet).</summary>
    public async Task<ExtractedArticle> PrepareAsync(QueuedArticle queued, CancellationToken ct)
    {
        var extraction = extractor.Extract(queued.Text, queued.Article.Id, queued.Article.PublishedAt);
        return new ExtractedArticle(queued.Article, await KnownFactions.ResolveAsync(extraction, store, ct));
    }

    /// <summary>Writes prepared articles in one transaction, one outcome each.</summary>
    public Task<IReadOnlyList<IngestOutcome>> CommitAsync(IReadOnlyList<ExtractedArticle> articles, CancellationToken ct) =>
        store.UpsertArticlesAsync(articles, ct);
}
