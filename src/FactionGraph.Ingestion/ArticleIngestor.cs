using FactionGraph.Extraction;
using FactionGraph.Storage;

namespace FactionGraph.Ingestion;

/// <summary>Reads one article and writes what it says to the graph, in one store transaction. Idempotent.</summary>
public sealed class ArticleIngestor(FactionExtractor extractor, IGraphStore store)
{
    public async Task<IngestOutcome> IngestAsync(QueuedArticle queued, CancellationToken ct)
    {
        var extraction = extractor.Extract(queued.Text, queued.Article.Id, queued.Article.PublishedAt);
        return await store.UpsertArticleAsync(queued.Article, await KnownFactions.ResolveAsync(extraction, store, ct), ct);
    }
}
