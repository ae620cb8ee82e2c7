using FactionGraph.Model;

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
    [InlineData("Clashes spread across Ethiopia's north in May. Fano fought the federal government near Gondar, Ethiopian officials said.")]
    [InlineData("Clashes spread across Ethiopia's north in May. The government fought Fano near Gondar, Ethiopian officials said.")]
    public void The_government_of_an_article_about_one_country_is_its_rulers(string text)
    {
        var relations = Fixture.Extract(text).Relations;
        Assert.Contains(relations, r => r.Type == RelationType.FightsAgainst && new[] { r.Source, r.Target }.Order().SequenceEqual(["fano", "government-of-ethiopia"]));
    }

    [Fact]
    public void The_government_of_somewhere_else_is_not_the_articles_rulers() =>
        Assert.DoesNotContain(Fixture.Extract("Clashes spread across Ethiopia's north in May. The government of Eritrea denied sending troops, Ethiopian officials said.").Entities,
            e => e.Id == "government-of-ethiopia");

    [Theory]
    [InlineData("The junta bombed three villages on Sunday.")] // no country named
    [InlineData("The junta in Mali cut ties with Niger. Mali and Niger had been allies.")] // two countries, named as often
    [InlineData("In Yemen, pro-government forces advanced on Aden.")] // militias on the government's side
    public void Without_one_clear_country_or_with_pro_government_nothing_is_named(string text) =>
        Assert.Empty(Fixture.Extract(text).Entities);

    [Theory]
    // The nationality word names the state's forces before any military noun; the noun stays for the frames.
    [InlineData("Israeli strikes on Hezbollah positions continued overnight.", "israel-defense-forces", "hezbollah")]
    [InlineData("Russian warplanes bombed Jaysh al-Izza positions near Hama.", "russia", "jaysh-al-izza")]
    // A country's possessive: the country is read from the gazetteer ("Ethiopia's government"), its forces from "Ethiopian forces".
    [InlineData("Ethiopia's military fought the Fano militia in Amhara.", "ethiopian-national-defense-force", "fano")]
    public void A_nationality_or_a_countrys_possessive_before_a_military_noun_names_the_states_forces(string text, string state, string enemy)
    {
        var result = Fixture.Extract(text);
        Assert.Contains(result.Entities, e => e.Id == state);
        Assert.Contains(result.Relations, r => r.Type == RelationType.FightsAgainst && new[] { r.Source, r.Target }.Order().SequenceEqual(new[] { state, enemy }.Order()));
    }

    [Theory]
    [InlineData("Nigerien troops patrolled the border.", "nigerian-armed-forces")] // Niger's, not Nigeria's
    [InlineData("The rocket hit an Israeli city on Sunday.", "israel-defense-forces")] // a city is not the army
    public void Other_nouns_and_look_alike_nationalities_name_no_other_state(string text, string notNamed) =>
        Assert.DoesNotContain(Fixture.Extract(text).Entities, e => e.Id == notNamed);
}
