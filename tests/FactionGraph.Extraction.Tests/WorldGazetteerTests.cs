namespace FactionGraph.Extraction.Tests;

/// <summary>Groups of conflicts beyond Syria are known by name, with their common spellings and acronyms.</summary>
public class WorldGazetteerTests
{
    [Theory]
    [InlineData("Fighters of the KIA overran a junta outpost near the border.", "kachin-independence-army")]
    [InlineData("The TNLA and the MNDAA said the ceasefire had collapsed.", "mndaa")]
    [InlineData("Units of the Sudanese army shelled positions held by the RSF.", "sudanese-armed-forces")]
    [InlineData("The Justice and Equality Movement sent fighters to El Fasher.", "justice-and-equality-movement")]
    [InlineData("FAMa soldiers and their Russian partners were ambushed north of Gao.", "malian-armed-forces")]
    [InlineData("The ELN released two hostages it had held for a month.", "national-liberation-army")]
    [InlineData("Soldiers clashed with Abu Sayyaf gunmen on a southern island.", "abu-sayyaf")]
    [InlineData("The Baloch Liberation Army said it attacked a convoy.", "balochistan-liberation-army")]
    [InlineData("Al-Aqsa Martyrs Brigades gunmen opened fire at a checkpoint.", "al-aqsa-martyrs-brigades")]
    [InlineData("The Giants Brigades advanced along the coast road.", "giants-brigades")]
    public void Groups_of_other_conflicts_are_known(string text, string id) =>
        Assert.Contains(Fixture.Extract(text).Entities, e => e.Id == id);

    [Fact]
    public void A_possessive_before_a_known_name_does_not_make_a_longer_name()
    {
        // "the cleric's Mahdi army": the owner is not the first word of another group's name.
        Assert.Contains(Fixture.Extract("The brigades were a revived version of the cleric Sadr's Mahdi army.").Entities, e => e.Id == "mahdi-army");
    }

    [Fact]
    public void A_head_word_after_a_known_name_is_the_name_written_out()
    {
        var group = Assert.Single(Fixture.Extract("The Raskamboni Brigade crossed the river at dawn.").Entities);
        Assert.Equal("ras-kamboni-movement", group.Id);
        Assert.Contains("Raskamboni Brigade", group.Aliases);
    }

    [Fact]
    public void A_known_movement_with_a_hyphenated_unknown_word_is_a_splinter_faction()
    {
        var ids = Fixture.Extract("The Sudan Liberation Movement-Renewal broke away in the spring.").Entities.Select(e => e.Id).ToList();
        Assert.Equal(["sudan-liberation-movement-renewal"], ids);
        Assert.Contains(Fixture.Extract("The Sudan Liberation Movement-Minni Minawi joined the army.").Entities, e => e.Id == "sudan-liberation-movement-minni-minawi");
        var paired = Fixture.Extract("Free Syrian Army-Nusra clashes left ten dead.").Entities.Select(e => e.Id).ToList();
        Assert.Contains("free-syrian-army", paired);
        Assert.Contains("jabhat-al-nusra", paired);
    }

    [Theory]
    [InlineData("Let the record show the talks failed.")]
    [InlineData("The platform was launched as a news site.")]
    [InlineData("Fighting resumed near Rada in the south.")]
    public void Common_words_and_places_are_not_taken_for_groups(string text) =>
        Assert.Empty(Fixture.Extract(text).Entities);
}
