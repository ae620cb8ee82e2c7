using FactionGraph.Model;

namespace FactionGraph.Extraction.Tests;

/// <summary>Back-references across sentences: plural references, "it" as subject, "the latter"/"the former".</summary>
public class CoreferenceTests
{
    static IReadOnlyList<ExtractedRelation> Relations(string text) => Fixture.Extract(text).Relations;

    static bool Has(IReadOnlyList<ExtractedRelation> relations, RelationType type, string a, string b, bool symmetric = false) =>
        relations.Any(r => r.Type == type && (r.Source == a && r.Target == b || symmetric && r.Source == b && r.Target == a));

    [Theory]
    [InlineData("Jaysh al-Islam and Faylaq al-Rahman held talks in Douma on Monday. The two groups pledged allegiance to al-Qaeda.")]
    [InlineData("Jaysh al-Islam and Faylaq al-Rahman held talks in Douma on Monday. Both groups pledged allegiance to al-Qaeda.")]
    [InlineData("Jaysh al-Islam and Faylaq al-Rahman held talks in Douma on Monday. The groups pledged allegiance to al-Qaeda.")]
    [InlineData("Jaysh al-Islam and Faylaq al-Rahman held talks in Douma on Monday. These two armed groups pledged allegiance to al-Qaeda.")]
    // A count finds its list a sentence or two back, across a sentence that names no list.
    [InlineData("Jaysh al-Islam and Faylaq al-Rahman held talks in Douma on Monday. The talks took place near the old mosque, Ahrar al-Sham said. The two groups pledged allegiance to al-Qaeda.")]
    public void A_plural_reference_gives_the_relation_to_every_faction_of_the_list_before(string text)
    {
        var relations = Relations(text);
        Assert.True(Has(relations, RelationType.AffiliatedWith, "jaysh-al-islam", "al-qaeda"), string.Join("\n", relations));
        Assert.True(Has(relations, RelationType.AffiliatedWith, "faylaq-al-rahman", "al-qaeda"), string.Join("\n", relations));
    }

    [Fact]
    public void A_plural_reference_whose_count_differs_from_the_list_resolves_to_nothing()
    {
        var relations = Relations("Jaysh al-Islam and Faylaq al-Rahman held talks in Douma on Monday. The three groups pledged allegiance to al-Qaeda.");
        Assert.DoesNotContain(relations, r => r.Type == RelationType.AffiliatedWith);
    }

    [Fact]
    public void A_name_and_its_apposition_are_not_a_list_a_plural_reference_can_take()
    {
        var relations = Relations("Jaysh al-Islam, a Jaysh al-Fath faction, took Douma on Monday. The two groups pledged allegiance to al-Qaeda.");
        Assert.False(Has(relations, RelationType.AffiliatedWith, "jaysh-al-fath", "al-qaeda"), string.Join("\n", relations));
    }

    [Theory]
    [InlineData("Hurras al-Din was set up in 2018 by veterans of the war. It pledged allegiance to the Islamic State in its first statement.")]
    [InlineData("Hurras al-Din was set up in 2018 by veterans of the war. During its first year, it pledged allegiance to the Islamic State.")]
    public void It_opening_a_sentence_is_the_faction_the_previous_sentence_opened_with(string text)
    {
        var relations = Relations(text);
        Assert.True(Has(relations, RelationType.AffiliatedWith, "hurras-al-din", "islamic-state"), string.Join("\n", relations));
    }

    [Theory]
    [InlineData("Hurras al-Din was set up in 2018 by veterans of the war. It is unclear whether the men pledged allegiance to the Islamic State.")]
    [InlineData("Officials in Idlib say Hurras al-Din was set up in 2018. It pledged allegiance to the Islamic State in its first statement.")]
    public void An_empty_it_or_a_faction_not_opening_the_sentence_before_resolves_to_nothing(string text)
    {
        var relations = Relations(text);
        Assert.False(Has(relations, RelationType.AffiliatedWith, "hurras-al-din", "islamic-state"), string.Join("\n", relations));
    }

    [Theory]
    [InlineData("Ahrar al-Sham fought alongside Hurras al-Din in Idlib last year. The latter pledged allegiance to al-Qaeda in 2018.", "hurras-al-din", "ahrar-al-sham")]
    [InlineData("Ahrar al-Sham fought alongside Hurras al-Din in Idlib last year. The former pledged allegiance to al-Qaeda in 2018.", "ahrar-al-sham", "hurras-al-din")]
    public void The_latter_and_the_former_are_the_last_and_the_one_before_last_faction_named(string text, string meant, string other)
    {
        var relations = Relations(text);
        Assert.True(Has(relations, RelationType.AffiliatedWith, meant, "al-qaeda"), string.Join("\n", relations));
        Assert.False(Has(relations, RelationType.AffiliatedWith, other, "al-qaeda"), string.Join("\n", relations));
    }

    [Fact]
    public void Its_ranks_in_a_clause_about_a_joiner_are_those_of_the_faction_named_before_it()
    {
        var relations = Relations("In Idlib, Ahrar al-Sham announced that the Suqour al-Sham faction would join its ranks.");
        Assert.True(Has(relations, RelationType.MemberOf, "suqour-al-sham", "ahrar-al-sham"), string.Join("\n", relations));
    }

    [Fact]
    public void The_group_is_none_of_a_list_named_before_it_in_its_sentence()
    {
        // "the group" is not Jaysh al-Sunna, the last name before it: a singular noun is not one of a list.
        var relations = Relations("Two of Ahrar al-Sham's breakaway units – Liwa al-Haqq and Jaysh al-Sunna – rejoined the group this spring.");
        Assert.False(Has(relations, RelationType.MemberOf, "liwa-al-haqq", "jaysh-al-sunna"), string.Join("\n", relations));
    }

    [Fact]
    public void The_group_is_not_a_name_that_only_qualifies_a_noun_of_its_own_sentence()
    {
        var relations = Relations("Hurras al-Din was set up in 2018 by veterans of the war. Along with other Ahrar al-Sham allies, the group has attacked Faylaq al-Rahman.");
        Assert.True(Has(relations, RelationType.FightsAgainst, "hurras-al-din", "faylaq-al-rahman", symmetric: true), string.Join("\n", relations));
        Assert.False(Has(relations, RelationType.FightsAgainst, "ahrar-al-sham", "faylaq-al-rahman", symmetric: true), string.Join("\n", relations));
    }

    [Fact]
    public void An_acronym_never_spelled_out_is_the_faction_earlier_named_with_those_initials()
    {
        var relations = Relations("Hurras al-Din was set up in 2018 by veterans of the war. Since then HaD has pledged allegiance to the Islamic State.");
        Assert.True(Has(relations, RelationType.AffiliatedWith, "hurras-al-din", "islamic-state"), string.Join("\n", relations));
    }

    [Fact]
    public void An_acronym_two_earlier_factions_share_resolves_to_nothing()
    {
        var relations = Relations("Jaysh al-Islam and Jaysh al-Izza were set up in 2013. Since then JAI has pledged allegiance to the Islamic State.");
        Assert.DoesNotContain(relations, r => r.Type == RelationType.AffiliatedWith);
    }

    [Fact]
    public void A_descriptor_after_a_sentence_about_an_alliance_refers_to_that_alliance_not_to_the_last_name()
    {
        // The previous sentence's topic is the alliance; the Islamic State is named later in it, inside a clause.
        var relations = Relations("The Popular Mobilization Forces, which appeared after the Islamic State took Mosul, acted with US soldiers. "
            + "Later the organization, which grew stronger, consisted of three organizations: Badr Organization, Kataib Hezbollah, Asaib Ahl al-Haq.");
        Assert.True(Has(relations, RelationType.MemberOf, "badr-organization", "popular-mobilization-forces"), string.Join("\n", relations));
        Assert.DoesNotContain(relations, r => r.Target == "islamic-state" && r.Type == RelationType.MemberOf);
    }

    [Fact]
    public void This_alliance_points_back_as_the_alliance_does()
    {
        var relations = Relations("Jaysh al-Fath was formed in March 2015 in Idlib. Later, Liwa al-Haqq also joined this alliance.");
        Assert.True(Has(relations, RelationType.MemberOf, "liwa-al-haqq", "jaysh-al-fath"), string.Join("\n", relations));
    }
}
