using static FactionGraph.Extraction.Phrases;
using static FactionGraph.Model.RelationType;

namespace FactionGraph.Extraction;

/// <summary>The ways text says two factions are linked, allied, or at war.</summary>
internal static class TieConnectors
{
    const string Verbs = Aux + Announced;
    const string Be = @"(?!.*\bformer\b),?\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:group|faction|militia|movement|force|brigade|organi[sz]ation|outfit)\s+)?(?:(?:which|that|who)\s+(?:(?:[\w-]+\s+){1,5}?(?:say|says|said|claim|claims|allege|alleges|believe|believes)\s+)?)?(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains|remained|being|considered|seen\s+as|widely\s+seen\s+as)\s+)?(?:(?:widely\s+|generally\s+|often\s+)?(?:seen|regarded|considered|viewed|described)\s+as\s+)?";
    const string Regards = @"(?:regards?|regarded|regarding|considers?|considered|sees|saw|views?|viewed|designates?|designated|describes?|described|labels?|labell?ed|brands?|branded|treats?|treated)\s+(?:it\s+|them\s+)?(?:the\s+)?";
    // "continue to cooperate closely with", "agreed to coordinate with": the cooperation is stated, not only intended.
    const string ContinueTo = @"(?:(?:continue|continues|continued|continuing|agreed|agree|agrees)\s+to\s+)?";
    const string Adverb = @"(?:(?:also|widely|closely|reportedly|allegedly|formally|officially|loosely|ideologically|still|heavily|largely|directly|openly)\s+)*";

    /// <summary>Hyphenated qualifiers: the left mention only describes the right one and leaves the chain.</summary>
    public static readonly Connector[] Modifiers =
    [
        Connector.Of("affiliated-modifier", AffiliatedWith, Direction.Reverse, 0.85, @"-(?:linked|affiliated|aligned|inspired|loyal|loyalist)\s+" + Adj, modifier: true),
        Connector.Of("allied-modifier", AlliedWith, Direction.Reverse, 0.75, @"-(?:backed|supported|sponsored|funded|armed|allied|trained|financed|equipped)\s+" + Adj, modifier: true),
        Connector.Of("member-led-modifier", MemberOf, Direction.Forward, 0.7, @"-(?:led|dominated)\s+" + Adj, modifier: true),
    ];

    /// <summary>Tried before the membership table, whose "X counts A" would read an ally as a member.</summary>
    public static readonly Connector[] Early =
    [
        // "Hezbollah counts the Amal Movement among its allies"
        Connector.Of("allied-counts-among", AlliedWith, Direction.Forward, 0.75,
            @",?\s*(?:(?:which|that)\s+)?" + Aux + @"(?:counts|counted|count|counting|numbers|lists|listed)\s+" + The,
            after: @"(?:[\w'-]+\s+){0,5}?among\s+(?:its|their)\s+" + Adj + @"(?:(?:closest|close|key|main)\s+)?(?:allies|partners|backers|friends)\b"),
    ];

    public static readonly Connector[] All =
    [
        Connector.Of("affiliated-linked", AffiliatedWith, Direction.Forward, 0.85,
            Be + Adverb + @"(?:linked|affiliated|tied|connected|loyal|attached|allegiant|close)\s+(?:to|with)\s+" + The),
        // "X answers directly to al-Qaeda's leadership", "takes its orders from": a chain of command between organisations.
        Connector.Of("affiliated-answers-to", AffiliatedWith, Direction.Forward, 0.7,
            Aux + @"(?:answers|answered|answer|reports|reported|report|takes|took|take|receives|received)\s+(?:directly\s+)?(?:(?:its|their)\s+)?(?:orders\s+from|instructions\s+from|to)\s+" + The),
        Connector.Of("affiliated-ties", AffiliatedWith, Direction.Forward, 0.75,
            Verbs + @"(?:(?:has|have|had|maintains|maintained|retains|retained|with|keeps|kept|(?:denied|denies|deny|denying|rejected|rejects)(?:\s+having)?(?:\s+any)?)\s+)" + @"(?:(?:close|strong|longstanding|long-standing|organic|alleged|suspected|historic|deep|ideological|organi[sz]ational|known|direct)\s+)*(?:links?|ties?|connections?)\s+(?:to|with)\s+" + The),
        // "Washington regards the group as an al-Qaeda affiliate"; "Turkey regards the YPG as an extension of the PKK".
        Connector.Of("affiliated-regarded-as", AffiliatedWith, Direction.Forward, 0.7,
            @"as\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?", before: Regards, after: @"(?:'s\s+)?(?:[\w-]+\s+)?(?:affiliate|branch|franchise|wing|arm|proxy|offshoot|extension)\b"),
        Connector.Of("affiliated-regarded-of", AffiliatedWith, Direction.Forward, 0.7,
            @"as\s+(?:(?:a|an|the)\s+)?" + Adj + @"(?:[\w-]+\s+)?(?:affiliate|branch|franchise|wing|arm|proxy|offshoot|extension|front)\s+(?:of|for)\s+" + The, before: Regards),
        Connector.Of("affiliated-allegiance", AffiliatedWith, Direction.Forward, 0.9,
            Verbs + @"(?:pledged|pledges|pledge|pledging|swore|swear|swears|swearing|sworn|gave|declared|renewed|offered)\s+(?:(?:its|their|an|a)\s+)?(?:allegiance|loyalty|bay'ah|bayah|bay'a|baya|fealty|oath\s+of\s+allegiance)\s+to\s+" + The),
        Connector.Of("affiliated-announced", AffiliatedWith, Direction.Forward, 0.8,
            Aux + @"(?:announced|declared|confirmed|proclaimed|affirmed|reaffirmed|renewed)\s+" + When + @"(?:its|their)\s+(?:(?:formal|official|full)\s+)?(?:affiliation|allegiance|loyalty)\s+(?:with|to)\s+" + The),
        Connector.Of("affiliated-branch", AffiliatedWith, Direction.Forward, 0.85,
            Be + @"(?:(?:a|an|the)\s+)?" + Adj + @"(?:[\w-]+\s+)?(?:affiliate|affiliated\s+group|franchise|branch|arm|proxy|wing|satellite|subsidiary|province|ally\s+and\s+affiliate|front)\s+(?:of|to|for)\s+" + The),
        Connector.Of("affiliated-acting-as", AffiliatedWith, Direction.Forward, 0.75,
            Aux + @"(?:acts|acting|acted|serves|serving|served|operates|operating)\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:proxy|arm|branch|affiliate)\s+(?:of|for)\s+" + The),
        // "Jabhat al-Nusra, Syria's al-Qaeda affiliate"; "X, is believed to be al-Qaeda's new branch".
        Connector.Of("affiliated-qualified", AffiliatedWith, Direction.Forward, 0.8,
            @"(?!.*\bformer\b),\s*(?:(?:which|that)\s+)?(?:(?:is|was|remains|is\s+believed\s+to\s+be|is\s+thought\s+to\s+be|is\s+seen\s+as|is\s+considered|has\s+become|became)\s+)?(?:[\w-]+'s\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?", after: @"(?:'s\s+)?(?:(?!former\b)[\w-]+\s+){0,2}?(?:affiliate|branch|franchise|wing|arm|proxy|cell|affiliates|offshoot)\b"),
        // "Al-Nusra had been al-Qaeda's official branch in Syria": as affiliated-qualified, with a verb of being instead of a comma.
        Connector.Of("affiliated-possessive-be", AffiliatedWith, Direction.Forward, 0.8,
            @"(?!.*\bformer\b),?\s*(?:(?:which|that|who)\s+)?" + BeVerb, after: @"'s\s+(?:(?!former\b)[\w-]+\s+){0,2}?(?:affiliate|branch|franchise|wing|arm|proxy|offshoot)\b"),
        // "ISWAP is recognised by the Islamic State group as its official province"
        Connector.Of("affiliated-recognised-by", AffiliatedWith, Direction.Forward, 0.8,
            Aux + @"(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:formally|officially|now|also)\s+)?(?:recogni[sz]ed|acknowledged|accepted|designated)\s+by\s+" + The,
            after: @"(?:group\s+|organi[sz]ation\s+|movement\s+)?as\s+(?:its|an?|the)\s+(?:[\w-]+\s+)?(?:province|affiliate|branch|wing|franchise|arm|representative)\b"),
        Connector.Of("affiliated-possessive", AffiliatedWith, Direction.Reverse, 0.85,
            @"'s\s+" + Adj + @"(?:[\w-]+\s+)?(?:affiliate|branch|franchise|arm|wing|proxy|offshoot|affiliates|branches|proxies)(?:\s+in\s+\w+(?:\s+\w+)?)?\s*,?\s*" + The),

        // "The Zintani brigades are aligned with Operation Dignity": alignment between armed groups is an alliance.
        Connector.Of("allied-with", AlliedWith, Direction.Forward, 0.85,
            Be + Adverb + @"(?:allied|allies|ally|allying|aligned)\s+(?:itself\s+|themselves\s+)?(?:closely\s+)?(?:to|with)\s+" + The),
        Connector.Of("allied-alongside", AlliedWith, Direction.Forward, 0.8,
            Verbs + @"(?:fought|fights|fighting|fight|battled|battling|operating|operates|operated|operate|deployed|advanced|advancing|worked|working|works|serving|served|stood|stands|moved\s+in|moved|pushed\s+in|rolled\s+in|attacked|attacking)\s+(?:alongside|together\s+with|side\s+by\s+side\s+with|in\s+coordination\s+with|in\s+cooperation\s+with|in\s+tandem\s+with|jointly\s+with|in\s+concert\s+with|shoulder\s+to\s+shoulder\s+with)\s+" + The),
        Connector.Of("allied-cooperated", AlliedWith, Direction.Forward, 0.75,
            Verbs + ContinueTo + @"(?:cooperated|cooperating|cooperates|cooperate|coordinated|coordinating|coordinates|coordinate|collaborated|collaborating|collaborates|partnered|partnering|sided|siding|aligned\s+itself|aligned\s+themselves)\s+(?:closely\s+)?with\s+" + The),
        Connector.Of("allied-pact", AlliedWith, Direction.Forward, 0.85,
            Verbs + @"(?:formed|forged|struck|signed|sealed|concluded|entered\s+into|announced|agreed|cemented)\s+(?:an?|the|its)\s+" + Adj + @"(?:new\s+)?(?:[\w-]+\s+)?(?:alliance|pact|partnership|coalition|cooperation\s+agreement|defence\s+pact|defense\s+pact|military\s+alliance)\s+with\s+" + The),
        // "denied that the movement had any alliance with al-Qaeda" (the denial is read by the stance reader); "maintains a pact with".
        Connector.Of("allied-has-pact", AlliedWith, Direction.Forward, 0.75,
            Verbs + @"(?:has|have|had|having|maintains|maintained|maintain|keeps|kept|enjoys|enjoyed)\s+(?:(?:any|an?|no|the|its|their)\s+)?" + Adj + @"(?:(?:close|strong|formal|longstanding|long-standing|secret|tactical|strategic)\s+)*(?:alliance|pact|partnership|defen[cs]e\s+pact|alliance\s+agreement)\s+with\s+" + The),
        Connector.Of("allied-ally-of", AlliedWith, Direction.Forward, 0.8,
            @",?\s*(?:(?:which|that|who)\s+(?:is|was|are|were)\s+)?(?:a|an|the)\s+" + Adj + @"(?:(?:close|closest|key|main|longtime|long-time|staunch|traditional|major|principal|chief|loyal)\s+)*(?:ally|allies|partner|partners|backer|backers|patron|sponsor)\s+of\s+" + The),
        Connector.Of("allied-backed-by", AlliedWith, Direction.Forward, 0.75,
            Be + Adverb + @"(?:backed|supported|armed|funded|financed|sponsored|trained|equipped)\s+(?:and\s+\w+\s+)?by\s+(?:(?:about|some|around|nearly|roughly|up\s+to|at\s+least|more\s+than|thousands\s+of|hundreds\s+of)\s+)?(?:[\d,]+\s+)?" + The),
        // "The Legion has received backing from Jaysh al-Fustat": backing, as "backed by", is an alliance.
        Connector.Of("allied-received-backing", AlliedWith, Direction.Forward, 0.7,
            Aux + @"(?:received|receives|receiving|receive|enjoyed|enjoys|enjoying|got|gets|obtained|secured)\s+(?:(?:military|financial|logistical|political|crucial|key|direct|open|strong|growing|some|the)\s+)*(?:backing|support|funding|weapons|arms|assistance|reinforcements)\s+from\s+" + The),
        // "A declared its support for B", "threw its weight behind B": an alliance, as backing is.
        Connector.Of("allied-support-for", AlliedWith, Direction.Forward, 0.7,
            Aux + @"(?:declared|announced|pledged|expressed|voiced|offered|reaffirmed|affirmed|threw|lent|gave)\s+" + When + @"(?:its|their)\s+(?:(?:full|public|open|unconditional|military|political)\s+)*(?:support|backing|weight)\s+(?:for|to|behind)\s+" + The),
        Connector.Of("allied-backs", AlliedWith, Direction.Forward, 0.7,
            Aux + @"(?:backs|backed|supports|supported|arms|armed|funds|funded|sponsors|sponsored|finances|financed|trains|trained|equips|equipped|support|back|arm|fund|supplied|supplies|supplying|arming)\s+" + The),
        // "Iran has provided weapons to the Houthis": supplying a faction is backing it.
        Connector.Of("allied-provided-to", AlliedWith, Direction.Forward, 0.7,
            Aux + @"(?:provided|provides|provide|providing|supplied|supplies|supply|supplying|delivered|delivers|sent|sends|gave|given|funnelled|funneled|channelled|channeled)\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|funding|money|funds|training|ammunition|fighters|reinforcements|drones|missiles|rockets|advisers|advisors|equipment|cash)\s+to\s+" + The),
        Connector.Of("allied-sent-to-back", AlliedWith, Direction.Forward, 0.7,
            Verbs + @"(?:sent|sends|deployed|deploys|dispatched|provided|supplied|rushed)\s+(?:[\w-]+\s+){1,5}?to\s+(?:back|support|help|aid|bolster|reinforce|assist|defend|prop\s+up)\s+" + The),
        Connector.Of("allied-between-partner", AlliedWith, Direction.Forward, 0.7,
            @"and\s+(?:[\w-]+\s+){0,3}?(?:groups|factions|rebels|brigades|militias|forces)\s+(?:including|such\s+as|like|led\s+by)\s+" + The, before: @"(?:alliance|cooperation|coordination|pact|partnership)\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?"),
        Connector.Of("fights-between-partner", FightsAgainst, Direction.Forward, 0.7,
            @"and\s+(?:[\w-]+\s+){0,3}?(?:groups|factions|rebels|brigades|militias|forces)\s+(?:including|such\s+as|like|led\s+by)\s+" + The, before: @"(?:clashes|clash|fighting|fights|battles|battle|war|infighting|hostilities|confrontations?|skirmishes|combat)\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?"),
        Connector.Of("allied-and-its-allies", AlliedWith, Direction.Forward, 0.75,
            @",?\s*(?:and|with|alongside)\s+(?:its|their)\s+" + Adj + @"(?:[\w-]+\s+)?(?:allies|ally|partners|partner|backers|backer|patrons|patron)\s*,?\s*" + The),
        Connector.Of("allied-possessive", AlliedWith, Direction.Reverse, 0.75,
            @"'s\s+" + Adj + @"(?:(?:close|key|main|longtime|staunch|traditional)\s+)?(?:ally|allies|partner|partners|backer|patron)\s*,?\s*" + The),
        Connector.Of("allied-joined-forces", AlliedWith, Direction.Coordinate, 0.8,
            Verbs + @"(?:joined\s+forces|teamed\s+up|linked\s+up|allied|partnered|united|joined\s+hands)\s+with\s+" + The),

        Connector.Of("fights-clashed", FightsAgainst, Direction.Forward, 0.85,
            Verbs + @"(?:clashed|clashes|clash|clashing|fought|fights|fight|fighting|battled|battles|battle|battling|warred|skirmished|skirmishing|engaged|exchanged\s+fire|turned\s+(?:its|their)\s+guns|turned)\s+(?:(?:fiercely|heavily|repeatedly|again|sporadically|intensely|briefly|overnight|late|early|today|yesterday)\s+)?(?:with|against)\s+" + The),
        Connector.Of("fights-direct", FightsAgainst, Direction.Forward, 0.75,
            Verbs + @"(?:(?:in\s+order\s+)?to\s+)?(?:fought|fights|fight|fighting|battled|battles|battle|battling|combat|combats|combating|combatting|confront|confronting|confronted|counter|countering)\s+(?:both\s+)?" + The),
        Connector.Of("fights-purpose", FightsAgainst, Direction.Forward, 0.6,
            @"(?!.*\b(?:blamed|accused|suspected|responsible|condemned|denied)\b)" + Aux + @"(?:[\w'-]+\s+){0,10}?(?:to\s+)?(?:help\s+(?:the\s+)?[\w-]+\s+)?(?:fight|combat|battle|counter|confront)\s+(?:(?:jihadists|militants|fighters|insurgents|rebels|members)\s+(?:from|of|belonging\s+to|loyal\s+to)\s+)?" + The),
        Connector.Of("fights-retake", FightsAgainst, Direction.Forward, 0.7,
            Verbs + @"(?:launched|began|started|announced|mounted|opened)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:offensive|operation|campaign|assault|push|attack)\s+(?:(?:on|in)\s+\w+\s+)?to\s+(?:retake|recapture|capture|seize|take|liberate|drive|expel|oust|clear|dislodge)\s+(?:\S+\s+){0,5}?(?:from|of)\s+" + The),
        Connector.Of("fights-hitting-held-by", FightsAgainst, Direction.Forward, 0.7,
            Verbs + @"(?:hitting|striking|targeting|bombing|shelling|pounding|attacking|hit|struck|targeted|bombed|shelled|pounded|attacked|raided|stormed|overran|seized|captured|took)\s+(?:(?:the|several|two|three|four|five|\d+|dozens\s+of)\s+)?(?:[\w-]+\s+)?(?:positions|areas|territory|bases|targets|districts|towns|villages|neighbou?rhoods|checkpoints)\s+(?:held|controlled|run|occupied)\s+by\s+" + The),
        Connector.Of("fights-captured-possessive", FightsAgainst, Direction.Forward, 0.7,
            Verbs + @"(?:captured|seized|stormed|overran|took|destroyed|raided|attacked|struck|shelled|bombed|hit|targeted|killed|wounded|executed)\s+(?:(?:dozens|scores|several|many|\d+|some|a\s+string|a\s+number|hundreds)\s+of\s+|(?:(?:at\s+least|more\s+than|about|nearly)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+)?" + The,
            after: @"'s\s+|(?:[\w-]+\s+)?(?:positions|bases|checkpoints|strongholds|outposts|facilities|targets|headquarters|territory|convoys?|depots|camps|soldiers|troops|fighters|members|militants|commanders)\b"),
        // "Jaish al-Islam accused Faylaq al-Rahman of storming its positions": the accused attacked the accuser (reported).
        Connector.Of("fights-accused", FightsAgainst, Direction.Reverse, 0.7,
            Aux + @"(?:accused|accuses|accusing|blamed|blames|blaming)\s+" + The,
            after: @",?\s*(?:of|for)\s+(?:(?:an?|the|several|a\s+series\s+of|a\s+string\s+of|a\s+wave\s+of|\d+|repeated|recent)\s+)?(?:[\w-]+\s+){0,3}?(?:attack|attacks|attacking|storming|stormed|shelling|bombing|bombings|assault|assaulting|ambush|ambushing|raid|raiding|raids|strike|strikes|targeting)\b"),
        Connector.Of("fights-attacked", FightsAgainst, Direction.Forward, 0.8,
            Verbs + @"(?:attacked|attacks|attack|attacking|ambushed|ambushes|ambush|targeted|targets|target|targeting|bombed|bombing|bombs|shelled|shelling|shells|struck|strikes|striking|pounded|pounding|hit|hitting|assaulted|raided|stormed|besieged|besieging|encircled|routed|defeated|repelled|repulsed|expelled|ousted|drove\s+out|dislodged|overran|fought\s+off|declared\s+war\s+(?:on|against)|waged\s+war\s+(?:on|against)|wages\s+war\s+(?:on|against)|(?:is|was|are|were|been)\s+at\s+war\s+with|at\s+war\s+with|launched\s+attacks\s+(?:on|against)|launched\s+(?:(?:an?|its|their|a\s+new)\s+)?" + Adj + @"(?:[\w-]+\s+)?(?:offensive|attack|assault|operation|campaign|war|strikes|airstrikes|air\s+strikes|raids)\s+" + When + @"(?:against|on))\s+(?:" + Holdings + ")?" + The),
        // "Islamic State militants killed at least nine members of the SDF": a killing counts only with the victims' owner named.
        Connector.Of("fights-killed", FightsAgainst, Direction.Forward, 0.75,
            Verbs + @"(?:killed|kills|killing|wounded|captured|executed|kidnapped|abducted)\s+" + Holdings + The),
        Connector.Of("fights-offensive", FightsAgainst, Direction.Forward, 0.7,
            @"(?!.*\b(?:blamed|accused|suspected|responsible|condemned|denied)\b)(?:'s\s+)?" + Aux + @"(?:[\w'-]+\s+){0,8}?(?:offensive|attack|attacks|assault|operation|operations|campaign|war|fight|fighting|battle|battles|clashes|strike|strikes|airstrike|airstrikes|air\s+strike|air\s+strikes|raid|raids|ambush|ambushes|bombing|bombings|shelling|incursion|counter-offensive|counteroffensive|onslaught|push)\s+" + When + @"(?:against|on|targeting)\s+(?:(?:[\w'-]+\s+){1,5}?(?:and|as\s+well\s+as)\s+(?:on|against)\s+)?(?:" + Holdings + ")?" + The),
        // (fights-offensive also reads "a wave of attacks on Hema villages and on Congolese army positions": a second target after "and on".)
        // "took control of Aden after four days of fighting with the Presidential Protection Brigades"
        Connector.Of("fights-after-fighting", FightsAgainst, Direction.Forward, 0.7,
            @"(?!.*\b(?:blamed|accused|suspected|responsible|condemned|denied|between)\b)" + Aux + @"(?:[\w'-]+\s+){0,10}?(?:after|during|amid|following|in|of)\s+(?:[\w-]+\s+){0,4}?(?:fighting|clashes|battles|battle|combat|skirmishes|standoff|confrontation)\s+(?:with|against)\s+" + The),
        Connector.Of("fights-captured-from", FightsAgainst, Direction.Forward, 0.75,
            Verbs + @"(?:(?:trying|tried|attempting|attempted|seeking|sought|vowing|vowed|pushing|fighting)\s+(?:(?:since|for)\s+\w+\s+)?to\s+)?(?:seize|capture|take|wrest|retake|recapture|captured|seized|took|wrested|recaptured|retook|won\s+back|regained|snatched|grabbed|took\s+control\s+of)\s+(?:\S+\s+){1,7}?from\s+" + The),
        // "X was attacked by Y", "X repelled an attack by Y", "X came under fire from Y": the attacker is on the right.
        Connector.Of("fights-attacked-by", FightsAgainst, Direction.Reverse, 0.75,
            Verbs + @"(?:(?:was|were|has\s+been|had\s+been|have\s+been|being)\s+(?:(?:repeatedly|heavily|reportedly)\s+)?(?:attacked|targeted|ambushed|shelled|bombed|struck|hit|raided|stormed|besieged|overrun|routed|defeated|expelled|ousted|driven\s+out|pushed\s+out)(?:\s+(?:[\w-]+\s+){0,4}?)?|(?:repelled|repulsed|thwarted|foiled|fended\s+off|beat\s+back|came\s+under|faced|suffered)\s+(?:(?:an?|the|another|several|repeated)\s+)?(?:[\w-]+\s+){0,2}?(?:attack|attacks|assault|offensive|raid|ambush|incursion|fire|shelling)\s+)(?:by|from)\s+" + The),
        // "HTS drove Harakat Hazm out of its bases"
        Connector.Of("fights-drove-out", FightsAgainst, Direction.Forward, 0.75,
            Verbs + @"(?:drove|drive|drives|driving|pushed|push|pushing|forced|kicked|chased|flushed)\s+" + The, after: @"(?:fighters\s+|forces\s+)?out\s+(?:of|from)\b"),
        // "A lost towns to B": B took them, and the attacker is the source.
        Connector.Of("fights-lost-to", FightsAgainst, Direction.Reverse, 0.7,
            Verbs + @"(?:lost|ceded|surrendered)\s+(?:\S+\s+){1,16}?to\s+" + The),
        Connector.Of("fights-against", FightsAgainst, Direction.Forward, 0.6, @"against\s+" + The),
    ];
}
