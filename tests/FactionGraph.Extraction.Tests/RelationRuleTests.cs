using FactionGraph.Model;

namespace FactionGraph.Extraction.Tests;

public class RelationRuleTests
{
    static IReadOnlyList<ExtractedRelation> Relations(string text) => Fixture.Extract(text).Relations;

    [Theory]
    [InlineData("Jaysh al-Fath was formed in March. The alliance includes Ahrar al-Sham, Faylaq al-Sham and Jund al-Aqsa.", "faylaq-al-sham", "jaysh-al-fath")]
    [InlineData("Ahrar al-Sham and Jaysh al-Islam announced the creation of the Islamic Front on Friday.", "jaysh-al-islam", "islamic-front")]
    [InlineData("Faylaq al-Sham, which is part of the National Front for Liberation, shelled the base.", "faylaq-al-sham", "national-front-for-liberation")]
    [InlineData("Nour al-Din al-Zenki joined Hay'at Tahrir al-Sham in January.", "nour-al-din-al-zenki", "hayat-tahrir-al-sham")]
    [InlineData("The Syrian Democratic Forces, a coalition dominated by the YPG, advanced on Raqqa.", "ypg", "syrian-democratic-forces")]
    [InlineData("The YPG-led SDF advanced on Raqqa.", "ypg", "syrian-democratic-forces")]
    public void Membership(string text, string member, string alliance) =>
        Assert.Contains(Relations(text), r => r.Type == RelationType.MemberOf && r.Source == member && r.Target == alliance);

    [Theory]
    [InlineData("Jund al-Aqsa withdrew from Jaysh al-Fath after the dispute.", RelationType.Left, "jund-al-aqsa", "jaysh-al-fath")]
    [InlineData("Suqour al-Sham merged into Ahrar al-Sham last year.", RelationType.MergedInto, "suqour-al-sham", "ahrar-al-sham")]
    [InlineData("Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham in July.", RelationType.RenamedTo, "jabhat-al-nusra", "jabhat-fateh-al-sham")]
    [InlineData("Hay'at Tahrir al-Sham, formerly known as Jabhat Fateh al-Sham, holds Idlib.", RelationType.RenamedTo, "jabhat-fateh-al-sham", "hayat-tahrir-al-sham")]
    [InlineData("ISWAP broke away from Boko Haram in 2016.", RelationType.SplitFrom, "iswap", "boko-haram")]
    [InlineData("Jabhat Fateh al-Sham severed its ties with al-Qaeda.", RelationType.SplitFrom, "jabhat-fateh-al-sham", "al-qaeda")]
    [InlineData("The al-Qaeda-linked Nusra Front took the town.", RelationType.AffiliatedWith, "jabhat-al-nusra", "al-qaeda")]
    [InlineData("Boko Haram pledged allegiance to the Islamic State in 2015.", RelationType.AffiliatedWith, "boko-haram", "islamic-state")]
    [InlineData("Hezbollah fought alongside the Syrian army in Qusayr.", RelationType.AlliedWith, "hezbollah", "syrian-arab-army")]
    [InlineData("Ahrar al-Sham clashed with Jund al-Aqsa near Saraqib.", RelationType.FightsAgainst, "ahrar-al-sham", "jund-al-aqsa")]
    [InlineData("Fighting between the Sudanese army and the Rapid Support Forces continued.", RelationType.FightsAgainst, "sudanese-armed-forces", "rapid-support-forces")]
    public void Other_relations(string text, RelationType type, string source, string target) =>
        Assert.Contains(Relations(text), r => r.Type == type && r.Source == source && r.Target == target);

    [Theory]
    [InlineData("Jabhat al-Nusra and Ahrar al-Sham fighters were seen in the same villages.")]
    [InlineData("Representatives of Jaysh al-Islam and Faylaq al-Rahman attended the talks in Astana.")]
    [InlineData("The province is dominated by Hay'at Tahrir al-Sham, but the National Front for Liberation also holds territory.")]
    [InlineData("A spokesman for Faylaq al-Sham declined to comment on Jaysh al-Islam.")]
    public void Co_mention_is_not_a_relation(string text) => Assert.Empty(Relations(text));

    [Fact]
    public void Evidence_quotes_the_sentence_at_its_offsets_with_the_rule_and_date()
    {
        const string text = "Fighting continued. On 3 March 2016, Liwa al-Haqq joined Jaysh al-Fath.";
        var r = Assert.Single(Relations(text));
        Assert.Equal(text[r.Evidence.Start..r.Evidence.End], r.Evidence.Quote);
        Assert.StartsWith("On 3 March", r.Evidence.Quote);
        Assert.Equal("2016-03-03", r.Evidence.Date);
        Assert.False(string.IsNullOrEmpty(r.Evidence.Rule));
        Assert.InRange(r.Evidence.Confidence, 0.01, 1);
    }

    [Theory]
    [InlineData("Liwa al-Haqq joined Jaysh al-Fath in May 2015.", "2015-05-01")]
    [InlineData("Liwa al-Haqq joined Jaysh al-Fath in 2015.", "2015-01-01")]
    [InlineData("Liwa al-Haqq joined Jaysh al-Fath.", "2020-01-01")]
    public void Dates_come_from_the_sentence_else_the_publication(string text, string date) =>
        Assert.Equal(date, Assert.Single(Relations(text)).Evidence.Date);
}
