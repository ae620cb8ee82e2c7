using FactionGraph.Ingestion;

namespace FactionGraph.Bench.Measure;

/// <summary>graph-seed/articles read the way the service reads them, so the seed question has its answer in the bench store.</summary>
static class SeedArticles
{
    public static async Task<List<QueuedArticle>> ReadAsync(string seedFolder)
    {
        var articles = new List<QueuedArticle>();
        foreach (var file in ArticleFile.Find([Path.Combine(seedFolder, "articles")]))
        {
            var (submission, rejection) = await ArticleFile.ReadAsync(file, CancellationToken.None);
            var (queued, invalid) = submission is null ? (null, rejection) : ArticleValidator.Validate(submission, new IngestionOptions());
            articles.Add(queued ?? throw new InvalidDataException($"{file}: {invalid?.Message}"));
        }
        return articles;
    }
}
