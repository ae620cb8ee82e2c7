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
    [InlineData("Jaysh al-Fath was formed in March. The alliance groups together Ahrar al-Sham and Faylaq al-Sham.", "faylaq-al-sham", "jaysh-al-fath")]
    [InlineData("The Syrian Democratic Forces is made up of the YPG, the all-female YPJ and the Arab tribal force Jaysh al-Sanadid.", "ypj", "syrian-democratic-forces")]
    [InlineData("The Syrian Democratic Forces is made up of the YPG, the all-female YPJ and the Arab tribal force Jaysh al-Sanadid.", "al-sanadid-forces", "syrian-democratic-forces")]
    [InlineData("The Southern Front comprises more than 50 factions, among them Jaysh al-Islam and Faylaq al-Rahman.", "faylaq-al-rahman", "southern-front")]
    [InlineData("The SNA comprises dozens of factions, among them the Hamza Division.", "hamza-division", "syrian-national-army")]
    [InlineData("Jaysh al-Fath is a coalition whose members include Jabhat al-Nusra and Ahrar al-Sham.", "ahrar-al-sham", "jaysh-al-fath")]
    [InlineData("The National Front for Liberation, set up by about a dozen rebel groups including Faylaq al-Sham, grew.", "faylaq-al-sham", "national-front-for-liberation")]
    [InlineData("The National Front for Liberation has now been joined by Suqour al-Sham.", "suqour-al-sham", "national-front-for-liberation")]
    [InlineData("Jabhat al Nusrah remains Jaysh al-Fath's most powerful member.", "jabhat-al-nusra", "jaysh-al-fath")]
    [InlineData("Faylaq al-Sham left Jaysh al-Fath in 2016 and later joined the National Front for Liberation.", "faylaq-al-sham", "national-front-for-liberation")]
    [InlineData("The Kachin Independence Army, a close ally of the Three Brotherhood Alliance, is not formally part of it.", "kachin-independence-army", "three-brotherhood-alliance")]
    [InlineData("Asaib Ahl al-Haq, a major faction in Iraq's state-sanctioned Popular Mobilization Forces, vowed revenge.", "asaib-ahl-al-haq", "popular-mobilization-forces")]
    [InlineData("Ahrar al-Sham did not join Hay'at Tahrir al-Sham. Instead, it absorbed several factions, as Suqour al-Sham and Jaysh al-Mujahideen joined its ranks.", "suqour-al-sham", "ahrar-al-sham")]
    [InlineData("The Islamic Resistance in Iraq claimed the attacks. The network is made up of hardline militias, chief among them Kataib Hezbollah.", "kataib-hezbollah", "islamic-resistance-in-iraq")]
    [InlineData("The National Front for Liberation was formed in May. Ahrar al-Sham and Suqour al-Sham, fellow members of the front, sent reinforcements.", "suqour-al-sham", "national-front-for-liberation")]
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
    [InlineData("Nusra, al Qaeda's official affiliate in Syria, took the town.", RelationType.AffiliatedWith, "jabhat-al-nusra", "al-qaeda")]
    [InlineData("Jund al Aqsa, a jihadist group with close ties to al Qaeda, left.", RelationType.AffiliatedWith, "jund-al-aqsa", "al-qaeda")]
    [InlineData("Al-Nusra had been al-Qaeda's official branch in Syria since 2013.", RelationType.AffiliatedWith, "jabhat-al-nusra", "al-qaeda")]
    [InlineData("Hezbollah fought alongside the Syrian army in Qusayr.", RelationType.AlliedWith, "hezbollah", "syrian-arab-army")]
    [InlineData("Ahrar al-Sham clashed with Jund al-Aqsa near Saraqib.", RelationType.FightsAgainst, "ahrar-al-sham", "jund-al-aqsa")]
    [InlineData("Fighting between the Sudanese army and the Rapid Support Forces continued.", RelationType.FightsAgainst, "sudanese-armed-forces", "rapid-support-forces")]
    [InlineData("Nour al-Din al-Zenki announced Thursday that it was leaving Hay'at Tahrir al-Sham.", RelationType.Left, "nour-al-din-al-zenki", "hayat-tahrir-al-sham")]
    [InlineData("The National Front for Liberation announced on Friday its merger into the Syrian National Army.", RelationType.MergedInto, "national-front-for-liberation", "syrian-national-army")]
    [InlineData("The Syrian Liberation Front was created in February when Ahrar al-Sham and the Nour al-Din al-Zenki movement merged.", RelationType.MergedInto, "nour-al-din-al-zenki", "syrian-liberation-front")]
    [InlineData("Hurras al-Din is a splinter of Hay'at Tahrir al-Sham.", RelationType.SplitFrom, "hurras-al-din", "hayat-tahrir-al-sham")]
    [InlineData("Jabhat Fateh al-Sham overran bases belonging to Jaysh al-Mujahideen.", RelationType.FightsAgainst, "jabhat-fateh-al-sham", "jaysh-al-mujahideen")]
    [InlineData("Islamic State militants killed at least nine members of the Syrian Democratic Forces.", RelationType.FightsAgainst, "islamic-state", "syrian-democratic-forces")]
    [InlineData("Hay'at Tahrir al-Sham launched a sweeping offensive this week against the Nour al-Din al-Zenki movement.", RelationType.FightsAgainst, "hayat-tahrir-al-sham", "nour-al-din-al-zenki")]
    [InlineData("The Southern Transitional Council took Aden after four days of fighting with the Presidential Protection Brigades.", RelationType.FightsAgainst, "southern-transitional-council", "presidential-protection-brigades")]
    [InlineData("The Libyan National Army has been trying since April to seize the city from the Government of National Accord.", RelationType.FightsAgainst, "libyan-national-army", "government-of-national-accord")]
    [InlineData("Hay'at Tahrir al-Sham has seized dozens of Ahrar al-Sham checkpoints.", RelationType.FightsAgainst, "hayat-tahrir-al-sham", "ahrar-al-sham")]
    [InlineData("Jaysh al-Islam accused Faylaq al-Rahman and Jabhat al-Nusra of storming its positions.", RelationType.FightsAgainst, "jabhat-al-nusra", "jaysh-al-islam")]
    [InlineData("Jund al-Aqsa said it would continue to cooperate with Jabhat al-Nusra.", RelationType.AlliedWith, "jund-al-aqsa", "jabhat-al-nusra")]
    [InlineData("Faylaq al-Rahman and Jaysh al-Islam have been locked in a bitter feud since April.", RelationType.FightsAgainst, "faylaq-al-rahman", "jaysh-al-islam")]
    [InlineData("Hay'at Tahrir al-Sham drove Harakat Hazm out of its bases.", RelationType.FightsAgainst, "hayat-tahrir-al-sham", "harakat-hazm")]
    [InlineData("Jund al-Aqsa was dissolved and its fighters folded into Jabhat Fateh al-Sham.", RelationType.MergedInto, "jund-al-aqsa", "jabhat-fateh-al-sham")]
    [InlineData("Jaysh al-Islam said it had repelled an attack by Faylaq al-Rahman.", RelationType.FightsAgainst, "faylaq-al-rahman", "jaysh-al-islam")]
    [InlineData("The Syrian army was attacked by the Islamic State near Palmyra.", RelationType.FightsAgainst, "islamic-state", "syrian-arab-army")]
    [InlineData("Islamic State fighters killed three Syrian army soldiers.", RelationType.FightsAgainst, "islamic-state", "syrian-arab-army")]
    [InlineData("ISWAP broke away from Boko Haram in 2016 and is recognised by the Islamic State group as its official province.", RelationType.AffiliatedWith, "iswap", "islamic-state")]
    [InlineData("Jund al-Aqsa pledged allegiance to Jabhat Fateh al-Sham in a bid to end a week of deadly clashes with Ahrar al-Sham.", RelationType.FightsAgainst, "jund-al-aqsa", "ahrar-al-sham")]
    [InlineData("The Islamic Resistance in Iraq has claimed more than 60 drone and rocket attacks on bases housing U.S. troops.", RelationType.FightsAgainst, "islamic-resistance-in-iraq", "united-states")]
    [InlineData("Boko Haram pledged allegiance to Islamic State leader Abu Bakr al-Baghdadi and to Jabhat al-Nusra.", RelationType.AffiliatedWith, "boko-haram", "islamic-state")]
    [InlineData("Jabhat Fath al-Sham, as the Nusra Front rebranded itself last July, joined the talks.", RelationType.RenamedTo, "jabhat-al-nusra", "jabhat-fateh-al-sham")]
    [InlineData("The M23 entered Goma on Monday. UN experts say the rebels are backed by about 4,000 Rwandan troops.", RelationType.AlliedWith, "m23", "rwanda-defence-force")]
    [InlineData("Turkey regards the YPG as an extension of the outlawed Kurdistan Workers' Party.", RelationType.AffiliatedWith, "ypg", "pkk")]
    [InlineData("The Southern Front comprises 50 factions. Its commanders have repeatedly denied cooperating with Jabhat al-Nusra.", RelationType.AlliedWith, "southern-front", "jabhat-al-nusra")]
    [InlineData("Seven groups formed the Islamic Front on Friday. The Syrian Islamic Front announced its dissolution into the new body.", RelationType.MergedInto, "syrian-islamic-front", "islamic-front")]
    [InlineData("Al-Shabaab lost several villages. The al-Qaeda-linked group has responded with bombings.", RelationType.AffiliatedWith, "al-shabaab", "al-qaeda")]
    [InlineData("U.S. warplanes on Sunday struck five facilities belonging to Kataib Hezbollah.", RelationType.FightsAgainst, "united-states", "kataib-hezbollah")]
    [InlineData("Ahrar al-Sham has long fought alongside al-Nusra in Idlib.", RelationType.AlliedWith, "ahrar-al-sham", "jabhat-al-nusra")]
    public void Other_relations(string text, RelationType type, string source, string target) =>
        Assert.Contains(Relations(text), r => r.Type == type && r.Source == source && r.Target == target);

    [Theory]
    [InlineData("Jabhat al-Nusra and Ahrar al-Sham fighters were seen in the same villages.")]
    [InlineData("Representatives of Jaysh al-Islam and Faylaq al-Rahman attended the talks in Astana.")]
    [InlineData("The province is dominated by Hay'at Tahrir al-Sham, but the National Front for Liberation also holds territory.")]
    [InlineData("A spokesman for Faylaq al-Sham declined to comment on Jaysh al-Islam.")]
    [InlineData("Videos showed gunmen of several factions, among them the Hamza Division and the Sultan Murad Division.")]
    [InlineData("Ahrar al-Sham and the commander of Jaysh al-Islam met in Ankara.")]
    [InlineData("Jaysh al-Islam accused Faylaq al-Rahman of corruption.")]
    [InlineData("The National Front for Liberation was formed in May. Ahrar al-Sham fighters joined the front lines.")]
    [InlineData("Hay'at Tahrir al-Sham was formed in 2017. Its leader, Abu Mohammad al-Golani, was the founder of the Nusra Front.")]
    [InlineData("Turkey regards the YPG as a threat, like the PKK.")]
    [InlineData("Faylaq al-Rahman and Jaysh al-Islam were both locked out of the talks.")]
    [InlineData("Hay'at Tahrir al-Sham is led by a former Nusra commander.")]
    [InlineData("Ahrar al-Sham met Jaysh al-Islam in Ankara and praised Faylaq al-Rahman.")]
    [InlineData("Ahrar al-Sham criticised Jaysh al-Fath but many of its fighters were fond of it.")]
    [InlineData("Ahrar al-Sham met Jaysh al-Islam in a bid to end the siege of Faylaq al-Rahman's town.")]
    [InlineData("Jaysh al-Islam controls Douma. The weather was cold in Idlib. The Syrian army shelled the rebels.")]
    [InlineData("Hay'at Tahrir al-Sham drove Ahrar al-Sham fighters to the hospital.")]
    [InlineData("Ahrar al-Sham fighters manned checkpoints next to Jaysh al-Islam bases.")]
    [InlineData("Hay'at Tahrir al-Sham took Saraqib after days of fighting in the area where Ahrar al-Sham holds villages.")]
    public void Co_mention_is_not_a_relation(string text) => Assert.Empty(Relations(text));

    [Theory]
    [InlineData("Hezbollah fighters clashed with the al-Qaeda affiliate Hurras al-Din near Idlib.", "hezbollah", "hurras-al-din", "al-qaeda")]
    [InlineData("Wagner Group fighters and Malian troops were ambushed by militants from the al-Qaeda affiliate JNIM near Kidal on Sunday.", "wagner-group", "jnim", "al-qaeda")]
    public void A_name_that_only_says_whose_affiliate_is_meant_is_not_the_one_fighting(string text, string side, string enemy, string parent)
    {
        var relations = Relations(text);
        Assert.Contains(relations, r => r.Type == RelationType.FightsAgainst && new[] { r.Source, r.Target }.Order().SequenceEqual(new[] { side, enemy }.Order()));
        Assert.DoesNotContain(relations, r => r.Type == RelationType.FightsAgainst && (r.Source == parent || r.Target == parent));
    }

    [Fact]
    public void An_apposition_after_a_list_describes_its_last_member_only()
    {
        var r = Relations("Jaysh al-Fath brings together Ahrar al-Sham, Faylaq al-Sham and Jabhat al-Nusra, the official branch of al-Qaeda.");
        Assert.Contains(r, x => x.Type == RelationType.AffiliatedWith && x.Source == "jabhat-al-nusra" && x.Target == "al-qaeda");
        Assert.DoesNotContain(r, x => x.Type == RelationType.AffiliatedWith && x.Source == "ahrar-al-sham");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "ahrar-al-sham" && x.Target == "jaysh-al-fath");
    }

    [Fact]
    public void A_translation_in_parentheses_of_a_discovered_name_is_its_alias()
    {
        var e = Fixture.Extract("Liwa Shams al-Shamal (Northern Sun Battalion) fought in Manbij.").Entities;
        Assert.Single(e);
    }

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
