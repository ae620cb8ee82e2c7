using FactionGraph.Model;

namespace FactionGraph.Storage.Tests;

/// <summary>Hand-built extractions around the 2015 Idlib offensive, small enough to reason about in each test.</summary>
static class Scenario
{
    public static readonly Faction Jaysh = new("jaysh-al-fath", "Jaysh al-Fath", FactionKind.Alliance, ["Army of Conquest", "Jaish al-Fatah"]);
    public static readonly Faction Ahrar = new("ahrar-al-sham", "Ahrar al-Sham", FactionKind.Group, ["Harakat Ahrar al-Sham al-Islamiyya"]);
    public static readonly Faction Nusra = new("jabhat-al-nusra", "Jabhat al-Nusra", FactionKind.Group, ["Nusra Front", "al-Nusra"]);
    public static readonly Faction Faylaq = new("faylaq-al-sham", "Faylaq al-Sham", FactionKind.Group, []);
    public static readonly Faction Jund = new("jund-al-aqsa", "Jund al-Aqsa", FactionKind.Group, []);
    public static readonly Faction Army = new("syrian-army", "Syrian Arab Army", FactionKind.StateActor, ["SAA"]);

    public static Article Article(string id, string date, string title = "") =>
        new(id, title.Length > 0 ? title : $"Report {id}", $"https://example.org/{id}", date, "Example Outlet");

    public static ExtractedRelation Rel(RelationType type, Faction source, Faction target, string articleId, int start,
        Stance stance = Stance.Asserted, double confidence = 0.8, string? date = null) =>
        new(type, source.Id, target.Id, new Evidence(articleId, $"{source.Name} {type} {target.Name}.", start, start + 40,
            $"rule-{type}", confidence, stance, date));

    /// <summary>March 2015: the alliance forms with three members and fights the army.</summary>
    public static (Article, ArticleExtraction) Formation()
    {
        var a = Article("art-formation", "2015-03-24", "Rebels form Jaysh al-Fath to take Idlib");
        return (a, new ArticleExtraction([Jaysh, Ahrar, Nusra, Faylaq, Army],
        [
            Rel(RelationType.MemberOf, Ahrar, Jaysh, a.Id, 0, date: "2015-03-24"),
            Rel(RelationType.MemberOf, Nusra, Jaysh, a.Id, 50, date: "2015-03-24"),
            Rel(RelationType.MemberOf, Faylaq, Jaysh, a.Id, 100, confidence: 0.6, date: "2015-03-24"),
            Rel(RelationType.FightsAgainst, Jaysh, Army, a.Id, 150, date: "2015-03-24"),
        ]));
    }

    /// <summary>Days later: Ahrar's membership again (same fact, second evidence) and Jund joins.</summary>
    public static (Article, ArticleExtraction) Capture()
    {
        var a = Article("art-capture", "2015-03-28", "Jaysh al-Fath captures Idlib city");
        return (a, new ArticleExtraction([Jaysh, Ahrar, Jund],
        [
            Rel(RelationType.MemberOf, Ahrar, Jaysh, a.Id, 10, confidence: 0.95, date: "2015-03-28"),
            Rel(RelationType.MemberOf, Jund, Jaysh, a.Id, 60, date: "2015-03-28"),
        ]));
    }

    /// <summary>2016: Jund leaves the alliance; a denied report says Faylaq left too.</summary>
    public static (Article, ArticleExtraction) Departure()
    {
        var a = Article("art-departure", "2016-01-10", "Jund al-Aqsa quits the coalition");
        return (a, new ArticleExtraction([Jaysh, Jund, Faylaq],
        [
            Rel(RelationType.Left, Jund, Jaysh, a.Id, 0, date: "2016-01-10"),
            Rel(RelationType.Left, Faylaq, Jaysh, a.Id, 80, Stance.Denied, date: "2016-01-10"),
        ]));
    }

    public static IEnumerable<(Article, ArticleExtraction)> All() => [Formation(), Capture(), Departure()];
}
