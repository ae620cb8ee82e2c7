using System.Diagnostics;
using System.Text;
using FactionGraph.Bench.Results;
using FactionGraph.Extraction;
using FactionGraph.Gazetteer;

namespace FactionGraph.Bench.Measure;

/// <summary>
/// How many news articles per second the full extractor reads on this machine's two cores: the extractor built as the
/// extract verb builds it (graph-seed's gazetteer), two workers taking articles in turn. The first article is timed
/// alone on the fresh extractor (JIT, first-touch of the model): that is what one cold worker costs, reported apart;
/// an untimed pass over every article follows, then passes are timed until the budget is spent.
/// </summary>
static class ArticleSpeedBench
{
    const int Workers = 2;

    public static List<Figure> Run(NewsArticles articles, string gazetteerPath, TimeSpan budget)
    {
        var texts = articles.Texts;
        var clock = Stopwatch.StartNew();
        var extractor = new FactionExtractor(GazetteerFile.Load(gazetteerPath));
        var buildMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        extractor.Extract(texts[0], "bench-0", null);
        var firstMs = clock.Elapsed.TotalMilliseconds;

        Pass(extractor, texts, []);
        var latencies = new List<double>();
        var read = 0;
        clock.Restart();
        do { Pass(extractor, texts, latencies); read += texts.Count; } while (clock.Elapsed < budget);
        var seconds = clock.Elapsed.TotalSeconds;
        latencies.Sort();

        var meanBytes = texts.Average(t => Encoding.UTF8.GetByteCount(t));
        return
        [
            new("extraction.articles", "News articles (~2 KB) timed", texts.Count, "articles", articles.Source),
            new("extraction.article_bytes", "News article size, mean", meanBytes, "bytes", "UTF-8"),
            new("extraction.articles_per_second", $"Extraction, news articles, {Workers} workers", read / seconds, "articles/s", $"{Environment.ProcessorCount} cores"),
            new("extraction.article_p50_ms", "Extraction per news article, p50", Percentile(latencies, 0.50), "ms"),
            new("extraction.article_p95_ms", "Extraction per news article, p95", Percentile(latencies, 0.95), "ms"),
            new("extraction.first_article_ms", "First article on a fresh extractor (cold)", firstMs, "ms", "not in the figures above"),
            new("extraction.extractor_build_ms", "Building the extractor from the gazetteer", buildMs, "ms"),
        ];
    }

    /// <summary>Every article once, two workers taking the next one in turn; each article's time goes into <paramref name="latencies"/>.</summary>
    static void Pass(FactionExtractor extractor, IReadOnlyList<string> texts, List<double> latencies)
    {
        var next = -1;
        var perWorker = Enumerable.Range(0, Workers).Select(_ => new List<double>()).ToArray();
        var workers = perWorker.Select(times => new Thread(() =>
        {
            for (var i = Interlocked.Increment(ref next); i < texts.Count; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                extractor.Extract(texts[i], $"bench-{i}", null);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        foreach (var times in perWorker) latencies.AddRange(times);
    }

    // Nearest rank: the smallest time at least this share of articles took no longer than.
    static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
