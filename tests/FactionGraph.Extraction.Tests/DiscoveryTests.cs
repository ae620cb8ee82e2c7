using FactionGraph.Model;

namespace FactionGraph.Extraction.Tests;

public class DiscoveryTests
{
    [Theory]
    [InlineData("Liwa Ahfad al-Rasul joined the Levant Front on Monday.", "liwa-ahfad-al-rasul")]
    [InlineData("The Northern Thunder Brigade joined the Levant Front on Monday.", "northern-thunder-brigade")]
    [InlineData("The Army of the Southern Tribes joined the Levant Front on Monday.", "army-of-the-southern-tribes")]
    [InlineData("A faction calling itself 'Sons of the Desert' joined the Levant Front on Monday.", "sons-of-the-desert")]
    [InlineData("Jaish ash-Shuhada joined the Levant Front on Monday.", "jaysh-al-shuhada")]
    [InlineData("Thuwar al-Sham joined the Levant Front on Monday.", "thuwar-al-sham")]
    [InlineData("Local People's Defence Force joined the Levant Front on Monday.", "people-defence-force")]
    [InlineData("The Sahara Emirate joined the Levant Front on Monday.", "sahara-emirate")]
    // A name's head is the last of its head words; an English "for" phrase may close a name with an Arabic head.
    [InlineData("The Coastal Alliance Army joined the Levant Front on Monday.", "coastal-alliance-army")]
    [InlineData("Hayat Thuwar for Liberation joined the Levant Front on Monday.", "hayat-thuwar-for-liberation")]
    // An Arabic conjunction or preposition inside a name joins its parts.
    [InlineData("Jabhat Ansar wal Muhajirin joined the Levant Front on Monday.", "jabhat-ansar-wal-muhajirin")]
    public void Unknown_groups_get_the_slug_of_their_normalized_name(string text, string id)
    {
        var result = Fixture.Extract(text);
        Assert.Contains(result.Entities, e => e.Id == id);
        Assert.Contains(result.Relations, r => r.Type == RelationType.MemberOf && r.Source == id && r.Target == "levant-front");
    }

    [Fact]
    public void A_name_spelled_unlike_the_gazetteer_before_a_known_acronym_it_spells_is_that_faction()
    {
        var result = Fixture.Extract("Jamaat Nasr al-Islam wal Muslimin (JNIM) joined the Levant Front on Monday. Jamaat Nasr al-Islam wal Muslimin later attacked a base.");
        Assert.Contains(result.Relations, r => r.Type == RelationType.MemberOf && r.Source == "jnim" && r.Target == "levant-front");
        Assert.DoesNotContain(result.Entities, e => e.Id.StartsWith("jamaat-nasr", StringComparison.Ordinal));
    }

    [Theory]
    // A name between two factions of a list, or closing it, is one of them; a name beside one faction is not.
    [InlineData("Ahrar al-Sham, Qoral, Faylaq al-Sham and Jund al-Aqsa formed a joint command.", "qoral", true)]
    [InlineData("Rebel factions including Ahrar al-Sham, Faylaq al-Sham and Vostrik Hawks joined the offensive.", "vostrik-hawks", true)]
    [InlineData("Ahrar al-Sham and Qoral held talks in the town.", "qoral", false)]
    [InlineData("The front includes Ahrar al-Sham, Faylaq al-Sham and the Qoral tribal militia.", "qoral", false)]
    public void A_name_listed_among_factions_is_a_faction(string text, string id, bool found)
    {
        var entities = Fixture.Extract(text).Entities;
        Assert.Equal(found, entities.Any(e => e.Id == id));
    }

    [Fact]
    public void The_same_unknown_group_spelled_differently_is_one_entity()
    {
        var result = Fixture.Extract("Liwa Ahfad al-Rasul attacked the town. Later Liwaa Ahfad ar-Rasoul joined the Levant Front.");
        var group = Assert.Single(result.Entities, e => e.Id != "levant-front");
        Assert.Equal("liwa-ahfad-al-rasul", group.Id);
        Assert.Contains("Liwaa Ahfad ar-Rasoul", group.Aliases);
        Assert.Contains(result.Relations, r => r.Source == "liwa-ahfad-al-rasul" && r.Target == "levant-front");
    }

    [Fact]
    public void Translations_in_parentheses_and_acronyms_become_aliases()
    {
        var result = Fixture.Extract("The Northern Thunder Brigade (NTB) shelled the town. Later the NTB joined the Levant Front.");
        var ntb = Assert.Single(result.Entities, e => e.Id == "northern-thunder-brigade");
        Assert.Contains("NTB", ntb.Aliases);
        Assert.Contains(result.Relations, r => r.Source == "northern-thunder-brigade" && r.Target == "levant-front");
    }

    [Fact]
    public void A_translation_after_a_known_name_is_not_a_second_group()
    {
        var result = Fixture.Extract("The Ahrar al-Sham group (the Free Men of the Levant) took the base. Liwa al-Haqq (Justice Brigade) followed.");
        Assert.Equal(["ahrar-al-sham", "liwa-al-haqq"], result.Entities.Select(e => e.Id).Order());
    }

    [Fact]
    public void Two_known_groups_are_never_merged_by_apposition()
    {
        var result = Fixture.Extract("Jabhat al-Nusra (Ahrar al-Sham) attacked, or Jaysh al-Islam, as it is known.");
        Assert.Contains(result.Entities, e => e.Id == "jabhat-al-nusra");
        Assert.Contains(result.Entities, e => e.Id == "ahrar-al-sham");
        Assert.Contains(result.Entities, e => e.Id == "jaysh-al-islam");
    }

    [Fact]
    public void A_discovered_alliance_that_members_join_is_an_alliance()
    {
        var result = Fixture.Extract("Ahrar al-Sham and Faylaq al-Sham formed a new operations room called Ghazwat Ibn Taymiyya.");
        var room = Assert.Single(result.Entities, e => e.Id == "ghazwat-ibn-taymiyya");
        Assert.Equal(FactionKind.Alliance, room.Kind);
    }

    [Fact]
    public void Extraction_is_safe_to_share_between_threads()
    {
        var text = File.ReadAllText(Path.Combine(Fixture.RepoRoot, "graph-seed", "articles", "2015-03-26-idlib-offensive.txt"));
        var expected = Fixture.Extract(text).Relations.Count;
        var counts = new int[32];
        Parallel.For(0, counts.Length, i => counts[i] = Fixture.Extract(text).Relations.Count);
        Assert.All(counts, c => Assert.Equal(expected, c));
    }
}
