using FactionGraph.Extraction;
using FactionGraph.Gazetteer;
using FactionGraph.Ingestion;
using FactionGraph.Ingestion.Hosting;
using FactionGraph.Model;
using FactionGraph.Storage;
using FactionGraph.Storage.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FactionGraph.Api.Tests;

/// <summary>
/// The worker commits queued articles in groups; a worker that died after a group's commit but before
/// marking its jobs done sends that group again on restart, and nothing is applied twice: the graph
/// ends equal to the one built one article at a time.
/// </summary>
public sealed class GroupedIngestionTests : IDisposable
{
    const int Articles = 10;
    static readonly CancellationToken Ct = CancellationToken.None;
    readonly string folder = Path.Combine(Path.GetTempPath(), "factiongraph-tests", Guid.NewGuid().ToString("n"));
    static readonly FactionExtractor Extractor = new(GazetteerFile.Load(GraphSeed.Locate(null).GazetteerPath));

    static QueuedArticle Article(int i) => new(
        new Article($"grouped-{i}", $"Grouped article {i}", null, $"2016-{1 + i % 12:00}-{1 + i % 28:00}", "Test"),
        $"Liwa Raad {i} and the Kataib Nour {i} announced the creation of Jaysh al-Tahrir {i} on Monday. " +
        $"Fighters of the Suqour Brigade {i % 3} shelled positions of Jaysh al-Tahrir {i}, activists said.");

    [Fact]
    public async Task A_group_committed_before_a_crash_is_not_applied_again()
    {
        using var store = new SqliteGraphStore(Path.Combine(folder, "graph.db"));
        await store.InitializeAsync(Ct);
        var queue = new IngestionQueue(Path.Combine(folder, "queue.db"), new IngestionOptions());
        var ingestor = new ArticleIngestor(Extractor, store);
        for (var i = 0; i < Articles; i++) await queue.EnqueueAsync(Article(i), CancellationToken.None);

        // The worker's previous life: it claimed six, committed them in one transaction, and died.
        var claimed = await queue.ClaimAsync(Environment.MachineName, 6, CancellationToken.None);
        var prepared = new List<ExtractedArticle>();
        foreach (var (_, article) in claimed) prepared.Add(await ingestor.PrepareAsync(article, Ct));
        Assert.All(await ingestor.CommitAsync(prepared, Ct), o => Assert.True(o.Applied));

        // Its next life re-queues them and applies the whole queue in groups of four.
        var worker = new IngestionWorker(queue, ingestor, new GraphVersion(queue),
            Options.Create(new IngestionOptions { GroupSize = 4 }), NullLogger<IngestionWorker>.Instance);
        await worker.StartAsync(Ct);
        for (var waited = 0; (await queue.CountsAsync(CancellationToken.None)).Done < Articles && waited < 600; waited++) await Task.Delay(100);
        await worker.StopAsync(Ct);

        Assert.Equal(new QueueCounts(0, 0, Articles, 0), await queue.CountsAsync(CancellationToken.None));
        foreach (var c in claimed) Assert.Equal(0, (await queue.GetAsync(c.Job.Id, CancellationToken.None))!.Added!.Evidence); // found applied: added nothing the second time
        using var reference = new SqliteGraphStore(Path.Combine(folder, "reference.db"));
        await reference.InitializeAsync(Ct);
        var oneByOne = new ArticleIngestor(Extractor, reference);
        for (var i = 0; i < Articles; i++) await oneByOne.IngestAsync(Article(i), Ct);
        Assert.Equal(await reference.GetStatsAsync(Ct), await store.GetStatsAsync(Ct));
        Assert.True((await store.GetStatsAsync(Ct)).Evidence > 0);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
