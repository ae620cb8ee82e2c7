using FactionGraph.Gazetteer;
using FactionGraph.Model;
using FactionGraph.Names;

namespace FactionGraph.Bench.Synthetic;

/// <summary>The synthetic world, its gazetteer (real entries plus invented ones) and the articles reporting its history.</summary>
sealed class Corpus
{
    public required SyntheticWorld World { get; init; }
    public required IReadOnlyList<GazetteerEntry> Gazetteer { get; init; }
    public required IReadOnlyList<SyntheticArticle> Articles { get; init; }

    /// <param name="realGazetteer">graph-seed's entries, kept so the seed article still resolves (the seed question needs it).</param>
    public static Corpus Create(int seed, int articleCount, IReadOnlyList<GazetteerEntry> realGazetteer)
    {
        var reserved = realGazetteer.SelectMany(e => e.AllNames).Select(NameKey.Of);
        // About two events per article, and one faction per two articles: each faction is in the news
        // several times, and a faction has the handful of ties real ones have (with one per ten articles
        // every faction was tied to every other, and a depth-2 neighbourhood was the whole graph).
        var world = SyntheticWorld.Create(seed, Math.Max(40, articleCount / 2), articleCount * 3, reserved);
        var random = new Random(seed + 1);
        var membership = new Membership();
        var writer = new ArticleWriter(random, membership);
        var articles = new List<SyntheticArticle>(articleCount);
        var events = world.Events;
        for (var next = 0; next < events.Count && articles.Count < articleCount;)
        {
            var chunk = events.Skip(next).Take(random.Next(1, 4)).ToList();
            next += chunk.Count;
            foreach (var e in chunk) membership.Apply(e);
            var published = chunk[^1].Date.AddDays(random.Next(0, 3));
            var (title, text) = writer.Write(chunk, published);
            var article = new Article(ArticleId.FromText(text), title, $"https://news.example/{articles.Count}", published.ToString("yyyy-MM-dd"), "Synthetic Wire");
            articles.Add(new SyntheticArticle(article, text));
        }
        return new Corpus { World = world, Gazetteer = [.. realGazetteer, .. world.Factions.Select(f => f.ToEntry())], Articles = articles };
    }
}
