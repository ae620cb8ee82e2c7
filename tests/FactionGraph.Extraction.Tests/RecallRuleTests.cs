using FactionGraph.Model;

namespace FactionGraph.Extraction.Tests;

/// <summary>One sentence per phrasing rule: the relation it must give, with its stance, and co-mentions that must give none.</summary>
public class RecallRuleTests
{
    static IReadOnlyList<ExtractedRelation> Relations(string text) => Fixture.Extract(text).Relations;

    [Theory]
    [InlineData("Jaysh al-Fath counts among its ranks Ahrar al-Sham and Faylaq al-Sham.", RelationType.MemberOf, "faylaq-al-sham", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("The Southern Front already counts Jaysh al-Islam among its member groups.", RelationType.MemberOf, "jaysh-al-islam", "southern-front", Stance.Asserted)]
    [InlineData("Jaysh al-Fath, an umbrella that counts Ahrar al-Sham among its members, took Idlib.", RelationType.MemberOf, "ahrar-al-sham", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Fath, a recently formed alliance whose components include Ahrar al-Sham, took Idlib.", RelationType.MemberOf, "ahrar-al-sham", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("The National Front for Liberation is built around Ahrar al-Sham.", RelationType.MemberOf, "ahrar-al-sham", "national-front-for-liberation", Stance.Asserted)]
    [InlineData("Faylaq al-Sham, Jaysh al-Fath's largest formation, took the town.", RelationType.MemberOf, "faylaq-al-sham", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("In 2019 the National Front for Liberation formally became part of the Syrian National Army.", RelationType.MemberOf, "national-front-for-liberation", "syrian-national-army", Stance.Asserted)]
    [InlineData("Asaib Ahl al-Haq has denied being part of the Islamic Resistance in Iraq.", RelationType.MemberOf, "asaib-ahl-al-haq", "islamic-resistance-in-iraq", Stance.Denied)]
    [InlineData("Faylaq al-Sham declined to join Jaysh al-Fath.", RelationType.MemberOf, "faylaq-al-sham", "jaysh-al-fath", Stance.Denied)]
    [InlineData("Faylaq al-Rahman has received backing from Jabhat al-Nusra.", RelationType.AlliedWith, "faylaq-al-rahman", "jabhat-al-nusra", Stance.Asserted)]
    [InlineData("The Haqqani network continues to cooperate closely with al-Qaeda.", RelationType.AlliedWith, "haqqani-network", "al-qaeda", Stance.Asserted)]
    [InlineData("The Taliban denied that the movement had any alliance with al-Qaeda.", RelationType.AlliedWith, "taliban", "al-qaeda", Stance.Denied)]
    [InlineData("Hurras al-Din emerged in February as a splinter of Hay'at Tahrir al-Sham.", RelationType.SplitFrom, "hurras-al-din", "hayat-tahrir-al-sham", Stance.Asserted)]
    [InlineData("Jaysh al-Izza, which operated as Tajammu al-Izza before adopting its current name, holds Latamneh.", RelationType.RenamedTo, "tajammu-al-izza", "jaysh-al-izza", Stance.Asserted)]
    [InlineData("The move weakens Hay'at Tahrir al-Sham as it battles Ahrar al-Sham for the border.", RelationType.FightsAgainst, "hayat-tahrir-al-sham", "ahrar-al-sham", Stance.Asserted)]
    [InlineData("Libya Dawn seized the airport after a six-week battle with the Qaqa Brigade.", RelationType.FightsAgainst, "libya-dawn", "qaqa-brigade", Stance.Asserted)]
    [InlineData("Ahrar al-Sham and Harakat Nour al-Din al-Zenki merged into the Syrian Liberation Front.", RelationType.MergedInto, "ahrar-al-sham", "syrian-liberation-front", Stance.Asserted)]
    [InlineData("Hurras al-Din formed a cell. The group is widely regarded as al-Qaeda's loyalist branch in Syria.", RelationType.AffiliatedWith, "hurras-al-din", "al-qaeda", Stance.Asserted)]
    [InlineData("Jaysh al-Fath is widely seen as Ahrar al-Sham's most powerful member.", RelationType.MemberOf, "jaysh-al-fath", "ahrar-al-sham", Stance.Asserted)]
    [InlineData("Jaysh al-Islam lost the town of Douma to Faylaq al-Rahman.", RelationType.FightsAgainst, "faylaq-al-rahman", "jaysh-al-islam", Stance.Asserted)]
    [InlineData("The Syrian National Army's Northern Legion is anchored by the Hamza Division.", RelationType.MemberOf, "northern-legion", "syrian-national-army", Stance.Asserted)]
    [InlineData("Jaysh al-Islam, which lost the port and several towns in the Lower Juba and Lower Shabelle regions to Faylaq al-Rahman, retreated.", RelationType.FightsAgainst, "faylaq-al-rahman", "jaysh-al-islam", Stance.Asserted)]
    [InlineData("Faylaq al-Rahman counts Jaysh al-Islam among its closest allies.", RelationType.AlliedWith, "faylaq-al-rahman", "jaysh-al-islam", Stance.Asserted)]
    [InlineData("Jaysh al-Islam's fighters clashed with Faylaq al-Rahman near Douma.", RelationType.FightsAgainst, "jaysh-al-islam", "faylaq-al-rahman", Stance.Asserted)]
    [InlineData("Jaysh al-Islam and Faylaq al-Rahman signed a cooperation agreement on Monday.", RelationType.AlliedWith, "jaysh-al-islam", "faylaq-al-rahman", Stance.Asserted)]
    [InlineData("Jaysh al-Islam declared on Monday its full support for Faylaq al-Rahman.", RelationType.AlliedWith, "jaysh-al-islam", "faylaq-al-rahman", Stance.Asserted)]
    [InlineData("Jund al-Aqsa announced its allegiance to the Islamic State.", RelationType.AffiliatedWith, "jund-al-aqsa", "islamic-state", Stance.Asserted)]
    [InlineData("Jaysh al-Islam pulled its fighters out of Jaysh al-Fath in March.", RelationType.Left, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam broke ranks with Jaysh al-Fath.", RelationType.SplitFrom, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam formally dissolved into Jaysh al-Fath.", RelationType.MergedInto, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    // In a sentence about a merger, joining is merging.
    [InlineData("In the third merger this year, Jaysh al-Fath announced that Jaysh al-Islam would join its ranks.", RelationType.MergedInto, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    // A merger that tells where a body came from is not the membership read beside it.
    [InlineData("Jaysh al-Islam, created last year through the merger of two brigades, joined Jaysh al-Fath in May.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam was folded into Jaysh al-Fath last year.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam defected to Jaysh al-Fath.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam has never been part of Jaysh al-Fath.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Denied)]
    [InlineData("Jaysh al-Islam insisted it remained a member of Jaysh al-Fath.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Reported)]
    [InlineData("Jaysh al-Islam turned against Faylaq al-Rahman.", RelationType.FightsAgainst, "jaysh-al-islam", "faylaq-al-rahman", Stance.Asserted)]
    [InlineData("Jaysh al-Islam is one of the groups that make up Jaysh al-Fath.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam is among the factions that formed Jaysh al-Fath.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Fath, of which Jaysh al-Islam is a member, grew.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam falls under Jaysh al-Fath.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam serves as al-Qaeda's arm in Syria.", RelationType.AffiliatedWith, "jaysh-al-islam", "al-qaeda", Stance.Asserted)]
    [InlineData("Jaysh al-Islam takes its orders from al-Qaeda.", RelationType.AffiliatedWith, "jaysh-al-islam", "al-qaeda", Stance.Asserted)]
    [InlineData("Jaysh al-Islam is a front for al-Qaeda.", RelationType.AffiliatedWith, "jaysh-al-islam", "al-qaeda", Stance.Asserted)]
    [InlineData("Faylaq al-Rahman has provided weapons to Jaysh al-Islam.", RelationType.AlliedWith, "faylaq-al-rahman", "jaysh-al-islam", Stance.Asserted)]
    [InlineData("Kataib Hezbollah, whose fighters make up three brigades of Iraq's Popular Mobilization Forces, vowed revenge.", RelationType.MemberOf, "kataib-hezbollah", "popular-mobilization-forces", Stance.Asserted)]
    [InlineData("Clan militias known as Macawisley have recaptured villages from al-Shabaab.", RelationType.FightsAgainst, "macawisley", "al-shabaab", Stance.Asserted)]
    [InlineData("Jaysh al-Islam shelled areas controlled by Faylaq al-Rahman.", RelationType.FightsAgainst, "jaysh-al-islam", "faylaq-al-rahman", Stance.Asserted)]
    [InlineData("Jaysh al-Islam is rumoured to have joined Jaysh al-Fath.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Reported)]
    [InlineData("Jaysh al-Islam, at the time the backbone of Jaysh al-Fath, attacked.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam and Faylaq al-Rahman, both members of Jaysh al-Fath, attacked.", RelationType.MemberOf, "faylaq-al-rahman", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam belongs to Jaysh al-Fath.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Among the members of Jaysh al-Fath are Jaysh al-Islam and Faylaq al-Rahman.", RelationType.MemberOf, "faylaq-al-rahman", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam helped establish Jaysh al-Fath in 2015.", RelationType.MemberOf, "jaysh-al-islam", "jaysh-al-fath", Stance.Asserted)]
    [InlineData("Jaysh al-Islam is seen as the local franchise of al-Qaeda.", RelationType.AffiliatedWith, "jaysh-al-islam", "al-qaeda", Stance.Asserted)]
    [InlineData("Jaysh al-Islam launched a drone strike on Faylaq al-Rahman.", RelationType.FightsAgainst, "jaysh-al-islam", "faylaq-al-rahman", Stance.Asserted)]
    [InlineData("Jaysh al-Islam claimed an ambush on a Faylaq al-Rahman patrol.", RelationType.FightsAgainst, "jaysh-al-islam", "faylaq-al-rahman", Stance.Reported)]
    [InlineData("Jaysh al-Islam is closely aligned with Faylaq al-Rahman.", RelationType.AlliedWith, "jaysh-al-islam", "faylaq-al-rahman", Stance.Asserted)]
    [InlineData("Jund al-Aqsa's leader, Abu Dhar al-Najdi, pledged allegiance to the Islamic State.", RelationType.AffiliatedWith, "jund-al-aqsa", "islamic-state", Stance.Asserted)]
    [InlineData("Jaysh al-Islam carried out a wave of attacks on villages and on Faylaq al-Rahman positions.", RelationType.FightsAgainst, "jaysh-al-islam", "faylaq-al-rahman", Stance.Asserted)]
    public void Phrasing(string text, RelationType type, string source, string target, Stance stance) =>
        Assert.Contains(Relations(text), r => r.Type == type && r.Source == source && r.Target == target && r.Evidence.Stance == stance);

    [Theory]
    [InlineData("Jaysh al-Fath counts its dead while Ahrar al-Sham buried its men among its own villages.")]
    [InlineData("Faylaq al-Sham received a delegation while Jabhat al-Nusra held talks in Idlib.")]
    [InlineData("Hurras al-Din emerged in February as Hay'at Tahrir al-Sham lost ground.")]
    [InlineData("Libya Dawn seized the airport after a six-week battle near the Qaqa Brigade's old base.")]
    [InlineData("The Taliban had a meeting in Doha, where al-Qaeda was not discussed.")]
    [InlineData("Jaysh al-Fath is widely regarded as the strongest force while Ahrar al-Sham's members rested.")]
    [InlineData("Jaysh al-Islam lost ground in Douma as Faylaq al-Rahman watched.")]
    [InlineData("Ahrar al-Sham's Wagner Group contacts met in Idlib.")]
    [InlineData("Jaysh al-Islam's fighters joined Faylaq al-Rahman.")]
    [InlineData("Jaysh al-Islam pulled its fighters out of Douma, where Jaysh al-Fath once ruled.")]
    [InlineData("Jaysh al-Islam turned to Jaysh al-Fath's old rivals.")]
    [InlineData("Jaysh al-Islam received Faylaq al-Rahman's delegation, of which nothing is known.")]
    [InlineData("Jaysh al-Islam, whose fighters make up most of the garrison, met Faylaq al-Rahman.")]
    [InlineData("Jaysh al-Islam shelled areas near the road that Faylaq al-Rahman uses.")]
    [InlineData("Among the dead were Jaysh al-Islam fighters, and Faylaq al-Rahman said so.")]
    [InlineData("Jaysh al-Islam staged a raid on Douma, where Faylaq al-Rahman is strong.")]
    [InlineData("Jaysh al-Islam launched attacks on Douma and Harasta, and Faylaq al-Rahman watched.")]
    [InlineData("Jund al-Aqsa's leader, Abu Dhar al-Najdi, met the Islamic State's envoy.")]
    [InlineData("Jaysh al-Islam, at the time the strongest force in Douma, fought near where Jaysh al-Fath had bases.")]
    [InlineData("Jaysh al-Islam held Douma. Faylaq al-Rahman watched as the militias known locally there fought for the town.")]
    [InlineData("Faylaq al-Rahman provided weapons to the villagers Jaysh al-Islam had armed.")]
    [InlineData("Jaysh al-Islam and Faylaq al-Rahman signed a ceasefire agreement on Monday.")]
    [InlineData("Jaysh al-Islam declared its support for the truce as Faylaq al-Rahman watched.")]
    public void Co_mention_is_not_a_relation(string text) => Assert.Empty(Relations(text));

    [Theory]
    [InlineData("Somali National Army troops recaptured villages from al-Shabaab.", "syrian-national-army")]
    [InlineData("The Kurdish Islamic Front joined the alliance.", "islamic-front")]
    public void A_longer_capitalized_name_is_not_the_gazetteer_name_inside_it(string text, string notId) =>
        Assert.DoesNotContain(Fixture.Extract(text).Entities, e => e.Id == notId);

    [Fact]
    public void An_alliance_noun_refers_to_the_faction_its_apposition_named()
    {
        var r = Relations("Factions coordinate through al-Fath al-Mubin (Clear Conquest), an operations room whose members include Hay'at Tahrir al-Sham. "
            + "Hurras al-Din has not joined the operations room.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "hurras-al-din" && x.Target == "al-fath-al-mubin" && x.Evidence.Stance == Stance.Denied);
        Assert.DoesNotContain(r, x => x.Source == "hurras-al-din" && x.Target == "hayat-tahrir-al-sham");
    }

    [Fact]
    public void Its_ranks_after_counts_among_is_the_subject_and_a_listing_it_is_the_previous_subject()
    {
        var r = Relations("Rebels announced the creation of a joint operations room named Fatah Halab. The new body counts among its ranks Faylaq al-Sham. "
            + "It also includes Jaysh al-Islam.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "faylaq-al-sham" && x.Target == "fatah-halab");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "jaysh-al-islam" && x.Target == "fatah-halab");
    }

    [Fact]
    public void A_sentence_opening_it_without_a_listing_verb_is_not_resolved() =>
        Assert.Empty(Relations("Jaysh al-Fath took Idlib. It also attacked a town near where Ahrar al-Sham holds villages."));

    [Fact]
    public void An_acronym_with_a_group_noun_after_it_is_a_group_and_its_bare_uses_follow()
    {
        var r = Relations("The ZZRA (Zone Rebel Army) militia clashed with the Islamic State. ZZRA fighters later attacked Jaysh al-Islam.");
        Assert.Contains(r, x => x.Type == RelationType.FightsAgainst && x.Source == "zzra" && x.Target == "islamic-state");
        Assert.Contains(r, x => x.Type == RelationType.FightsAgainst && x.Source == "zzra" && x.Target == "jaysh-al-islam");
    }

    [Fact]
    public void An_acronym_without_a_group_noun_is_not_a_group() =>
        Assert.DoesNotContain(Fixture.Extract("NATO troops withdrew as the UNHCR office in Idlib closed.").Entities, e => e.Id is "nato" or "unhcr");

    [Fact]
    public void The_new_body_is_the_faction_announced_as_new()
    {
        var r = Relations("Rebels formed a new alliance, the Islamic Front. It brings together Ahrar al-Sham and the Kurdish Islamic Front. "
            + "The Syrian Islamic Front announced its dissolution into the new body.");
        Assert.Contains(r, x => x.Type == RelationType.MergedInto && x.Source == "syrian-islamic-front" && x.Target == "islamic-front");
    }

    [Fact]
    public void A_council_name_is_a_discovered_alliance_and_the_council_refers_back_to_it()
    {
        var r = Relations("Rebel commanders elected a Supreme Military Council on Saturday. Liwa al-Tawhid and Ahrar al-Sham joined the council on Sunday.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "liwa-al-tawhid" && x.Target == "supreme-military-council");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "ahrar-al-sham" && x.Target == "supreme-military-council");
    }

    [Fact]
    public void A_council_named_beside_factions_is_no_relation() =>
        Assert.Empty(Relations("Envoys of the Supreme Military Council met Liwa al-Tawhid and Ahrar al-Sham commanders in Antalya."));

    [Fact]
    public void A_name_glossed_in_parentheses_beside_an_alliance_noun_is_an_alliance_and_launched_by_names_its_members()
    {
        var r = Relations("Clashes followed the arrest of two commanders from Wa-Thbutu (Hold Firm), an operations room launched on June 12 by Hurras al-Din and Jabhat Ansar al-Din.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "hurras-al-din" && x.Target == "wa-thbutu");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "jabhat-ansar-al-din" && x.Target == "wa-thbutu");
    }

    [Fact]
    public void An_alliance_noun_then_a_glossed_name_is_an_alliance()
    {
        var r = Relations("Rebels attacked under a newly announced operations room, Saif al-Nasr (Sword of Victory). The room brings together Hay'at Tahrir al-Sham and Jaish al-Izza.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "hayat-tahrir-al-sham" && x.Target == "saif-al-nasr");
    }

    [Fact]
    public void A_glossed_name_without_an_alliance_noun_is_not_a_group() =>
        Assert.DoesNotContain(Fixture.Extract("Fighters of Hurras al-Din entered Arab Saeed (a village west of Idlib), residents said.").Entities, e => e.Id == "arab-saeed");

    [Fact]
    public void A_names_head_word_refers_back_to_the_faction_named_with_it()
    {
        var r = Relations("The Joint Force of Armed Struggle Movements clashed with the RSF on Monday. The force includes Ahrar al-Sham and Jaysh al-Islam.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "ahrar-al-sham" && x.Target == "joint-force-of-armed-struggle-movements");
        Assert.DoesNotContain(r, x => x.Type == RelationType.MemberOf && x.Target == "rapid-support-forces");
    }

    [Fact]
    public void A_head_word_no_name_carries_refers_to_nothing() =>
        Assert.DoesNotContain(Relations("Ahrar al-Sham clashed with Jaysh al-Islam on Monday. The legion includes many fighters from Idlib."), x => x.Type == RelationType.MemberOf);

    [Fact]
    public void The_largest_coalition_within_is_membership_not_a_list()
    {
        var r = Relations("HTS seized Jinderes after clashes with the Third Legion, the largest coalition within the Syrian National Army.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "third-legion" && x.Target == "syrian-national-army");
        Assert.DoesNotContain(r, x => x.Type == RelationType.FightsAgainst && x.Target == "syrian-national-army");
    }

    [Fact]
    public void A_list_between_dashes_after_an_alliance_names_its_members()
    {
        var r = Relations("The Islamic Front — Ahrar al-Sham, Jaysh al-Islam and Suqour al-Sham — said it had taken the town.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "ahrar-al-sham" && x.Target == "islamic-front");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "suqour-al-sham" && x.Target == "islamic-front");
    }

    [Fact]
    public void A_plain_list_after_an_alliance_is_no_membership() =>
        Assert.DoesNotContain(Relations("The Islamic Front, Ahrar al-Sham and Jaysh al-Islam said they had taken the town."), x => x.Type == RelationType.MemberOf);

    [Fact]
    public void Is_one_of_the_alliances_founding_components_is_membership() =>
        Assert.Contains(Relations("Katiba Macina, the brigade of preacher Amadou Koufa, is one of JNIM's founding components."),
            x => x.Type == RelationType.MemberOf && x.Source == "katiba-macina" && x.Target == "jnim");

    [Fact]
    public void With_a_faction_among_its_founding_members_is_membership()
    {
        var r = Relations("Rebels launched a coalition, the Islamic Front, with Ahrar al-Sham among its founding members.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "ahrar-al-sham" && x.Target == "islamic-front");
    }

    [Fact]
    public void With_a_faction_and_no_membership_noun_is_no_relation() =>
        Assert.DoesNotContain(Relations("The Islamic Front met with Ahrar al-Sham among other rebels in Idlib."), x => x.Type == RelationType.MemberOf);

    [Fact]
    public void Broke_away_from_a_leaders_old_faction_is_a_split() =>
        Assert.Contains(Relations("Asaib Ahl al-Haq, which broke away from Sadr's old Mahdi Army in 2006, is strong in Basra."),
            x => x.Type == RelationType.SplitFrom && x.Source == "asaib-ahl-al-haq" && x.Target == "mahdi-army");

    [Fact]
    public void Pooling_fighters_under_the_new_force_is_membership()
    {
        var r = Relations("Four groups said they had formed a joint body, the Tripoli Protection Force. The Nawasi Brigade and the Bab Tajoura Brigade will pool fighters and heavy weapons under the new force.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "nawasi-brigade" && x.Target == "tripoli-protection-force");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "bab-tajoura-brigade" && x.Target == "tripoli-protection-force");
    }

    [Fact]
    public void The_newcomers_are_members_of_the_alliance_named_before()
    {
        var r = Relations("Four more rebel formations joined Jaysh al-Fath on Wednesday. The newcomers are Ahrar al-Sham and Faylaq al-Sham.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "ahrar-al-sham" && x.Target == "jaysh-al-fath");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "faylaq-al-sham" && x.Target == "jaysh-al-fath");
    }

    [Fact]
    public void Fighters_under_fire_are_not_pooled_into_a_faction() =>
        Assert.DoesNotContain(Relations("Ahrar al-Sham came under fire as Jaysh al-Islam advanced."), x => x.Type == RelationType.MemberOf);

    [Fact]
    public void Dissolving_and_folding_its_fighters_into_is_a_merger() =>
        Assert.Contains(Relations("Harakat Hazm announced on Sunday that it was dissolving and folding its fighters into the Levant Front."),
            x => x.Type == RelationType.MergedInto && x.Source == "harakat-hazm" && x.Target == "levant-front");

    [Fact]
    public void Announcing_that_they_too_were_merging_into_is_a_merger()
    {
        var r = Relations("Suqour al-Sham and Faylaq al-Sham followed within hours, announcing that they too were merging into Ahrar al-Sham.");
        Assert.Contains(r, x => x.Type == RelationType.MergedInto && x.Source == "suqour-al-sham" && x.Target == "ahrar-al-sham");
        Assert.Contains(r, x => x.Type == RelationType.MergedInto && x.Source == "faylaq-al-sham" && x.Target == "ahrar-al-sham");
    }

    [Fact]
    public void A_singular_group_noun_is_not_one_of_a_plural_subject() =>
        Assert.DoesNotContain(Relations("Jaysh al-Islam took the town. Suqour al-Sham and Faylaq al-Sham followed, announcing that they were merging into the movement."),
            x => x.Type == RelationType.MergedInto);

    [Fact]
    public void An_of_or_for_phrase_with_and_stays_in_a_discovered_name()
    {
        var ids = Fixture.Extract("Nine groups created the United Front of Federalist and Confederalist Forces. The Northern Movement for the Liberation of Azawad attacked Gao.")
            .Entities.Select(e => e.Id).ToList();
        Assert.Contains("united-front-of-federalist-and-confederalist-forces", ids);
        Assert.Contains("northern-movement-for-the-liberation-of-azawad", ids);
    }

    [Fact]
    public void An_of_phrase_does_not_swallow_a_following_gazetteer_name() =>
        Assert.Contains(Fixture.Extract("The Army of the Northern Hills and Jaysh al-Islam clashed near Douma.").Entities, e => e.Id == "army-of-the-northern-hills");

    [Fact]
    public void Signing_an_agreement_creating_a_body_makes_the_signatories_members()
    {
        var r = Relations("Nine armed groups, among them Ahrar al-Sham and Faylaq al-Sham, signed an agreement on Friday creating the United Front of Free Forces.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "ahrar-al-sham" && x.Target == "united-front-of-free-forces");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "faylaq-al-sham" && x.Target == "united-front-of-free-forces");
    }

    [Fact]
    public void A_unit_within_the_force_named_by_a_plural_head_is_its_member() =>
        Assert.Contains(Relations("The Syrian Democratic Forces detained a commander. The Raqqa Military Council, an Arab-majority unit within the Kurdish-led force, protested."),
            x => x.Type == RelationType.MemberOf && x.Source == "raqqa-military-council" && x.Target == "syrian-democratic-forces");

    [Fact]
    public void Signing_an_agreement_with_a_faction_is_not_membership() =>
        Assert.DoesNotContain(Relations("Ahrar al-Sham signed an agreement on Friday with Faylaq al-Sham."), x => x.Type == RelationType.MemberOf);

    [Fact]
    public void Clashed_overnight_with_is_fighting() =>
        Assert.Contains(Relations("Hay'at Tahrir al-Sham fighters clashed overnight with Hurras al-Din around the village."),
            x => x.Type == RelationType.FightsAgainst && x.Source == "hayat-tahrir-al-sham" && x.Target == "hurras-al-din");

    [Fact]
    public void That_front_refers_back_like_the_front() =>
        Assert.Contains(Relations("The collapse mirrors the fate of the Syrian Revolutionaries Front in Idlib. Nusra routed that front from its strongholds in November."),
            x => x.Type == RelationType.FightsAgainst && x.Source == "jabhat-al-nusra" && x.Target == "syrian-revolutionaries-front");

    [Fact]
    public void That_before_a_described_noun_is_a_conjunction() =>
        Assert.DoesNotContain(Relations("Jabhat al-Nusra took Idlib. Jaysh al-Islam said that rebel militia fighters had left Douma."), x => x.Type == RelationType.FightsAgainst);

    [Fact]
    public void Moved_in_alongside_is_an_alliance() =>
        Assert.Contains(Relations("Hay'at Tahrir al-Sham moved in alongside the Hamza Division on Wednesday."),
            x => x.Type == RelationType.AlliedWith && x.Source == "hayat-tahrir-al-sham" && x.Target == "hamza-division");

    [Fact]
    public void And_it_after_a_listing_verb_restates_the_alliance()
    {
        var r = Relations("Jaysh al-Fath includes Ahrar al-Sham and Faylaq al-Sham, and it has fought alongside Jaysh al-Islam since November.");
        Assert.Contains(r, x => x.Type == RelationType.AlliedWith && x.Source == "jaysh-al-fath" && x.Target == "jaysh-al-islam");
        Assert.DoesNotContain(r, x => x.Type == RelationType.AlliedWith && x.Source == "faylaq-al-sham");
    }

    [Fact]
    public void And_it_with_no_verb_before_is_not_read() =>
        Assert.DoesNotContain(Relations("Ahrar al-Sham and several smaller factions, and it has fought alongside Jaysh al-Islam since November."), x => x.Type == RelationType.AlliedWith);

    [Fact]
    public void Groups_as_a_verb_lists_members()
    {
        var r = Relations("The Joint Force clashed with the RSF. The force groups fighters of Ahrar al-Sham and Faylaq al-Sham.");
        Assert.Contains(r, x => x.Type == RelationType.MemberOf && x.Source == "ahrar-al-sham" && x.Target == "joint-force");
        Assert.Contains(Relations("Jaysh al-Fath groups Ahrar al-Sham and Jaysh al-Islam."), x => x.Type == RelationType.MemberOf && x.Source == "jaysh-al-islam" && x.Target == "jaysh-al-fath");
    }

    [Fact]
    public void Groups_as_a_noun_still_qualifies() =>
        Assert.DoesNotContain(Relations("Ahrar al-Sham groups near Idlib and Jaysh al-Islam fighters in Douma held their positions."), x => x.Type == RelationType.MemberOf);

    [Fact]
    public void A_word_joined_by_and_to_a_one_word_modifier_is_part_of_the_name() =>
        Assert.Contains(Fixture.Extract("Fighters of the Justice and Equality Movement attacked the town.").Entities, e => e.Id == "justice-and-equality-movement");

    [Fact]
    public void A_town_before_and_stays_out_of_a_longer_name()
    {
        var ids = Fixture.Extract("Fighting in Aleppo and Northern Storm Brigade raids continued.").Entities.Select(e => e.Id).ToList();
        Assert.Contains("northern-storm-brigade", ids);
        Assert.DoesNotContain(ids, id => id.StartsWith("aleppo", StringComparison.Ordinal));
    }
}
