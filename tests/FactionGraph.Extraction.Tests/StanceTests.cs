using FactionGraph.Model;

namespace FactionGraph.Extraction.Tests;

public class StanceTests
{
    static Stance StanceOf(string text) => Assert.Single(Fixture.Extract(text).Relations).Evidence.Stance;

    [Theory]
    [InlineData("Liwa al-Haqq joined Jaysh al-Fath on Monday.", Stance.Asserted)]
    [InlineData("Liwa al-Haqq joined Jaysh al-Fath on Monday, according to activists.", Stance.Reported)]
    [InlineData("Liwa al-Haqq reportedly joined Jaysh al-Fath on Monday.", Stance.Reported)]
    [InlineData("Opposition sources said Liwa al-Haqq had joined Jaysh al-Fath.", Stance.Reported)]
    [InlineData("Liwa al-Haqq denied that it had joined Jaysh al-Fath.", Stance.Denied)]
    [InlineData("Liwa al-Haqq is not part of Jaysh al-Fath, its commander stressed.", Stance.Denied)]
    [InlineData("Ahrar al-Sham rejected reports that it had joined Hay'at Tahrir al-Sham.", Stance.Denied)]
    [InlineData("Liwa al-Haqq has joined Jaysh al-Fath, the alliance said on Thursday.", Stance.Reported)]
    [InlineData("Jaysh al-Islam accused Faylaq al-Rahman of storming its positions.", Stance.Reported)]
    [InlineData("Hay'at Tahrir al-Sham has repeatedly denied any organizational link to al Qaeda.", Stance.Denied)]
    [InlineData("Hay'at Tahrir al-Sham was not included in the National Front for Liberation.", Stance.Denied)]
    [InlineData("Faylaq al-Sham denied that it had fought alongside Hay'at Tahrir al-Sham.", Stance.Denied)]
    [InlineData("The Kachin Independence Army, which fought near the Three Brotherhood Alliance, is not formally part of it.", Stance.Denied)]
    public void Stance_follows_the_wording(string text, Stance stance) => Assert.Equal(stance, StanceOf(text));

    // A denial reaches only the claim it scopes over: inside it, before it in its clause, or after it through a word
    // pointing back at it ("a charge the group denies").
    [Theory]
    [InlineData("The ministry denied the attack on the checkpoint, but Liwa al-Haqq joined Jaysh al-Fath a week later.", Stance.Asserted)]
    [InlineData("Liwa al-Haqq joined Jaysh al-Fath in 2015; reports of a later split were denied by its commander.", Stance.Asserted)]
    [InlineData("Liwa al-Haqq fought alongside Jaysh al-Fath in May, a charge the group denies.", Stance.Denied)]
    [InlineData("Liwa al-Haqq dismissed reports that it had joined Jaysh al-Fath as false.", Stance.Denied)]
    [InlineData("The council denies that Liwa al-Haqq is part of Jaysh al-Fath.", Stance.Denied)]
    // The sentence after a claim denies it through a word pointing back at it.
    [InlineData("Liwa al-Haqq fought alongside Jaysh al-Fath in May, the army said. The group later rejected this as baseless.", Stance.Denied)]
    [InlineData("Liwa al-Haqq fought alongside Jaysh al-Fath in May. Its commander denied the claims on Sunday.", Stance.Denied)]
    [InlineData("Liwa al-Haqq fought alongside Jaysh al-Fath in May. Its commander denied that the town had fallen.", Stance.Asserted)]
    public void Denial_is_scoped_to_the_claim(string text, Stance stance) => Assert.Equal(stance, StanceOf(text));

    // A reporting verb before the claim makes it someone's word; a group's own announcement stays its own act; the
    // writer's description of a faction ("the armed wing of") stays the writer's in a sentence that reports something else.
    [Theory]
    [InlineData("The council stated that Liwa al-Haqq fought alongside Jaysh al-Fath.", Stance.Reported)]
    [InlineData("Liwa al-Haqq announced that it had joined Jaysh al-Fath.", Stance.Asserted)]
    [InlineData("Fighters of Liwa al-Haqq, the armed wing of Jaysh al-Fath, stormed the base, activists said.", Stance.Asserted)]
    [InlineData("Iraqi Hezbollah halts operations against the United States.", Stance.Asserted)]
    [InlineData("Reports compiled since 2019 by a panel of experts on the region show that Liwa al-Haqq fought alongside Jaysh al-Fath.", Stance.Reported)]
    public void Attribution_follows_who_says_it(string text, Stance stance) => Assert.Equal(stance, StanceOf(text));

    [Fact]
    public void An_attribution_after_a_line_break_inside_the_sentence_reports_it()
    {
        var r = Assert.Single(Fixture.Extract("Liwa al-Haqq fought alongside Jaysh al-Fath\n\n[its former ally] near the river, according to a local official.").Relations);
        Assert.Equal(Stance.Reported, r.Evidence.Stance);
    }

    [Fact]
    public void Denying_the_claims_denies_what_the_sentence_before_attributes_not_what_its_writer_states()
    {
        var relations = Fixture.Extract("Liwa al-Haqq fought alongside Jaysh al-Fath in May, as the council said Liwa al-Haqq had joined Ahrar al-Sham. "
            + "Its commander denied the claims.").Relations;
        Assert.Equal(Stance.Asserted, Assert.Single(relations, r => r.Type == RelationType.AlliedWith).Evidence.Stance);
        Assert.Equal(Stance.Denied, Assert.Single(relations, r => r.Type == RelationType.MemberOf).Evidence.Stance);
    }

    [Fact]
    public void A_join_delayed_until_later_is_not_denied() =>
        Assert.DoesNotContain(Fixture.Extract("Faylaq al-Sham did not join Jaysh al-Fath until 2016.").Relations, r => r.Evidence.Stance == Stance.Denied);

    [Fact]
    public void A_that_clause_reports_every_claim_in_it()
    {
        var relations = Fixture.Extract("The council stated that Liwa al-Haqq, Faylaq al-Sham and Ahrar al-Sham fought alongside Jaysh al-Fath.").Relations;
        Assert.True(relations.Count >= 3);
        Assert.All(relations, r => Assert.Equal(Stance.Reported, r.Evidence.Stance));
    }

    // A relation stated only to be negated is read, and read as denied: the list before the negation, the name after it,
    // or both sides of the "between X and Y" of the sentence before for "either party".
    [Theory]
    [InlineData("Some factions such as Faylaq al-Sham and Ahrar al-Sham are still not working under Jaysh al-Fath.", RelationType.MemberOf, "faylaq-al-sham", "jaysh-al-fath")]
    [InlineData("Some factions such as Faylaq al-Sham and Ahrar al-Sham are still not working under Jaysh al-Fath.", RelationType.MemberOf, "ahrar-al-sham", "jaysh-al-fath")]
    [InlineData("Faylaq al-Sham didn't side with Jaysh al-Islam in the feud.", RelationType.AlliedWith, "faylaq-al-sham", "jaysh-al-islam")]
    [InlineData("Faylaq al-Sham has publicly distanced itself from Jaysh al-Islam.", RelationType.AlliedWith, "faylaq-al-sham", "jaysh-al-islam")]
    [InlineData("A war broke out between Jaysh al-Islam and Faylaq al-Rahman in April. Ahrar al-Sham did not side with either party.", RelationType.AlliedWith, "ahrar-al-sham", "jaysh-al-islam")]
    [InlineData("A war broke out between Jaysh al-Islam and Faylaq al-Rahman in April. Ahrar al-Sham did not side with either party.", RelationType.AlliedWith, "ahrar-al-sham", "faylaq-al-rahman")]
    public void A_negated_relation_is_read_as_denied(string text, RelationType type, string source, string target)
    {
        var r = Assert.Single(Fixture.Extract(text).Relations, r => r.Type == type && r.Source == source && r.Target == target);
        Assert.Equal(Stance.Denied, r.Evidence.Stance);
    }
}
