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
}
