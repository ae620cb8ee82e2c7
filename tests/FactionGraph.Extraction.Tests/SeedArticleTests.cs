using FactionGraph.Model;

namespace FactionGraph.Extraction.Tests;

public class SeedArticleTests
{
    static readonly string Text = File.ReadAllText(Path.Combine(Fixture.RepoRoot, "graph-seed", "articles", "2015-03-26-idlib-offensive.txt"));

    static readonly string[] Members =
        ["jabhat-al-nusra", "ahrar-al-sham", "faylaq-al-sham", "suqour-al-sham", "ajnad-al-sham", "jund-al-aqsa", "liwa-al-haqq"];

    [Fact]
    public void Yields_jaysh_al_fath_as_an_alliance()
    {
        var result = Fixture.Extract(Text, "2015-03-26");
        var jaf = Assert.Single(result.Entities, e => e.Id == "jaysh-al-fath");
        Assert.Equal(FactionKind.Alliance, jaf.Kind);
        Assert.Contains("Army of Conquest", jaf.Aliases);
    }

    [Fact]
    public void Yields_exactly_the_seven_members_from_the_list_sentence()
    {
        var result = Fixture.Extract(Text, "2015-03-26");
        var members = result.Relations.Where(r => r.Type == RelationType.MemberOf).ToList();
        Assert.All(members, r => Assert.Equal("jaysh-al-fath", r.Target));
        Assert.Equal(Members.Order(), members.Select(r => r.Source).Distinct().Order());
        foreach (var id in Members)
        {
            var fromList = members.Where(r => r.Source == id && r.Evidence.Quote.StartsWith("The alliance includes", StringComparison.Ordinal));
            Assert.Single(fromList);
        }
        Assert.All(members, r => Assert.Equal(r.Evidence.Quote, Text[r.Evidence.Start..r.Evidence.End]));
        Assert.All(members, r => Assert.Equal(Stance.Asserted, r.Evidence.Stance));
    }

    [Fact]
    public void Reads_nusra_as_linked_to_al_qaeda_and_from_the_turkish_paragraph_only_the_reported_bombing()
    {
        var result = Fixture.Extract(Text, "2015-03-26");
        Assert.Contains(result.Relations, r => r.Type == RelationType.AffiliatedWith && r.Source == "jabhat-al-nusra" && r.Target == "al-qaeda");
        // "the Anatolia news agency quoted the Turkish army as saying it had bombed Syrian regime positions": the agency's
        // word for the army's attack, and nothing about the alliance.
        var turkish = Assert.Single(result.Relations, r => r.Evidence.Quote.Contains("Reyhanli", StringComparison.Ordinal));
        Assert.Equal((RelationType.FightsAgainst, "turkish-army", "syrian-arab-army", Stance.Reported), (turkish.Type, turkish.Source, turkish.Target, turkish.Evidence.Stance));
    }
}
