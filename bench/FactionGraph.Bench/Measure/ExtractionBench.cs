using System.Buffers;
using System.Diagnostics;
using System.Text;
using FactionGraph.Bench.Results;
using FactionGraph.Bench.Synthetic;
using FactionGraph.Extraction;

namespace FactionGraph.Bench.Measure;

/// <summary>
/// Extraction speed against the limit the machine sets for the simplest version of the same job:
/// finding every gazetteer name in the text with one vectorized multi-pattern scan. Both read the
/// same text, on one thread, in the same process, so their ratio says how much the extractor's
/// understanding costs on top of merely finding names.
/// </summary>
static class ExtractionBench
{
    public static List<Figure> Run(Corpus corpus, FactionExtractor extractor, TimeSpan budget)
    {
        var texts = corpus.Articles.Select(a => (a.Article.Id, a.Article.PublishedAt, a.Text)).ToList();
        var megabytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t.Text)) / 1e6;
        var names = corpus.Gazetteer.SelectMany(e => e.AllNames).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var scanner = SearchValues.Create(names, StringComparison.OrdinalIgnoreCase);

        // One untimed pass each: JIT, tiered compilation and caches settle before the clock starts.
        int entities = 0, relations = 0;
        foreach (var t in texts)
        {
            var extraction = extractor.Extract(t.Text, t.Id, t.PublishedAt);
            entities += extraction.Entities.Count;
            relations += extraction.Relations.Count;
        }
        var hits = texts.Sum(t => Scan(t.Text, scanner));

        var extractRate = Throughput(megabytes, budget, () => { foreach (var t in texts) extractor.Extract(t.Text, t.Id, t.PublishedAt); });
        var scanRate = Throughput(megabytes, budget, () => { foreach (var t in texts) Scan(t.Text, scanner); });
        return
        [
            new("corpus.articles", "Synthetic articles", texts.Count, "articles"),
            new("corpus.megabytes", "Synthetic article text", megabytes, "MB", "UTF-8 bytes"),
            new("corpus.gazetteer_names", "Gazetteer names scanned for", names.Length, "names"),
            new("extraction.entities_per_article", "Factions found per article", (double)entities / texts.Count, "factions"),
            new("extraction.relations_per_article", "Relations found per article", (double)relations / texts.Count, "relations"),
            new("extraction.raw_hits_per_article", "Raw scan name hits per article", (double)hits / texts.Count, "hits"),
            new("extraction.extractor_mbps", "Extraction (FactionExtractor.Extract), 1 thread", extractRate, "MB/s"),
            new("extraction.raw_scan_mbps", "Raw scan (SearchValues<string>.IndexOfAny), 1 thread", scanRate, "MB/s"),
            new("extraction.ratio", "Extraction / raw scan", extractRate / scanRate, "ratio", "target ≥ 0.25"),
        ];
    }

    /// <summary>Name hits in the text: every position where some gazetteer name starts.</summary>
    static int Scan(string text, SearchValues<string> names)
    {
        var hits = 0;
        var rest = text.AsSpan();
        for (var i = rest.IndexOfAny(names); i >= 0; i = rest.IndexOfAny(names))
        {
            hits++;
            rest = rest[(i + 1)..];
        }
        return hits;
    }

    /// <summary>MB/s over whole passes of the corpus, repeated until the budget is spent.</summary>
    static double Throughput(double megabytesPerPass, TimeSpan budget, Action pass)
    {
        var clock = Stopwatch.StartNew();
        var passes = 0;
        do { pass(); passes++; } while (clock.Elapsed < budget);
        return passes * megabytesPerPass / clock.Elapsed.TotalSeconds;
    }
}
