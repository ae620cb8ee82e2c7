namespace FactionGraph.Extraction.Tests;

/// <summary>"The junta", "the regime", "government forces" name the state actor of the country an article is about.</summary>
public class StateReferentTests
{
    [Fact]
    public void The_junta_of_an_article_about_one_country_is_its_military()
    {
        var tatmadaw = Assert.Single(Fixture.Extract("Fighting spread across Myanmar last week. The junta bombed three villages in western Myanmar.").Entities,
            e => e.Id == "tatmadaw");
        Assert.Contains("junta", tatmadaw.Aliases);
    }

    [Fact]
    public void Government_forces_are_the_countrys_army_and_the_regime_its_rulers()
    {
        var ids = Fixture.Extract("Government forces retook two towns in Cabo Delgado, Mozambique. Mozambican officials said the road was open.")
            .Entities.Select(e => e.Id).ToList();
        Assert.Contains("mozambique-armed-defence-forces", ids);
        Assert.Contains(Fixture.Extract("In Syria the regime shelled the town. Syrian activists said the strikes continued.").Entities, e => e.Id == "syrian-arab-army");
    }

    [Theory]
    [InlineData("The junta bombed three villages on Sunday.")] // no country named
    [InlineData("The junta in Mali cut ties with Niger. Mali and Niger had been allies.")] // two countries, named as often
    [InlineData("In Yemen, pro-government forces advanced on Aden.")] // militias on the government's side
    public void Without_one_clear_country_or_with_pro_government_nothing_is_named(string text) =>
        Assert.Empty(Fixture.Extract(text).Entities);
}
