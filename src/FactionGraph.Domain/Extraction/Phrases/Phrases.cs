namespace FactionGraph.Extraction;

/// <summary>Regex fragments shared by the connector tables, so each table reads like the phrases it stands for.</summary>
internal static class Phrases
{
    /// <summary>Descriptors that may stand before a faction's name: "the powerful Islamist Ahrar al-Sham".</summary>
    public const string Adj = @"(?:(?:rebel|paramilitary|tribal|closest|islamist|jihadist|jihadi|hardline|hard-line|powerful|islamic|kurdish|kurdish-led|arab|syrian|iraqi|libyan|yemeni|sudanese|somali|malian|nigerian|congolese|lebanese|palestinian|afghan|new|newly|newly-formed|formed|former|main|militant|armed|salafist|salafi|moderate|opposition|umbrella|rival|old|local|small|smaller|large|larger|major|influential|dominant|so-called|ultra-conservative|conservative|extremist|us-backed|u\.s\.-backed|turkish-backed|turkey-backed|iran-backed|iranian-backed|russian-backed|russia-backed|saudi-backed|uae-backed|emirati-backed|rwanda-backed|rwandan-backed|pro-government|pro-regime|pro-turkish|pro-iranian|pro-assad|shia|shiite|sunni|foreign|free|fsa|fsa-affiliated|fsa-branded|western-backed|secular|nationalist|insurgent|militia|jihadist-led|elite|notorious|well-known|little-known|relatively|obscure|newer|veteran|prominent|leading|largest|strongest|islamist-leaning|fellow|other|several|various|some|two|three|four|five|six|smaller|regional|northern|southern|eastern|western|outlawed|banned|proscribed|[a-z]+-(?:backed|sanctioned|based|led|aligned|linked|supported|funded|affiliated|run|dominated|allied|sponsored))[\s-]+)*";

    /// <summary>"the" and descriptors before the right-hand mention.</summary>
    public const string The = @"(?:(?:the|a|an)\s+)?(?:[a-z]+'s\s+)?" + Adj;

    /// <summary>Auxiliaries, adverbs and dates between a subject and its verb: "has since formally", "on Thursday", "in March 2015";
    /// "as it" when the subject is the name just before ("a blow to HTS as it battles Ahrar al-Sham").</summary>
    public const string Aux = @"(?:,\s*)?(?:(?:and|but)\s+)?(?:(?:as|while|when)\s+(?:it|they)\s+)?" + Lead + @"(?:,?\s*(?:which|that|who)\s+(?:(?:[\w-]+\s+){1,5}?(?:say|says|said|claim|claims|allege|alleges|believe|believes)\s+)?)?(?:(?:has|have|had|was|were|is|are|been|being|would|will|did|does|do|also|now|then|later|since|long|repeatedly|still|again|subsequently|formally|officially|recently|reportedly|allegedly|eventually|finally|effectively|publicly|quickly|previously|already|initially|originally|once|itself|jointly|together|both|all|all\s+three|all\s+four|earlier|early|late|soon|afterwards|nominally|last\s+\w+|this\s+\w+|(?:on|in|by|during|since)\s+(?:\d{1,2}\s+)?(?:\w+\s+)?\d{1,4}(?:st|nd|rd|th)?|on\s+\w+|in\s+\w+(?:\s+\d{4})?|in\s+(?:early|late|mid-)\s*\w+)\s*,?\s+)*";

    /// <summary>What may stand between a subject's name and its verb: its fighters, its spokesman (named or not: "'s leader, Musa Baluku,"), an appositive noun phrase, "and several other groups".</summary>
    const string Lead = @"(?:'s\s+(?:[\w-]+\s+){0,2}?(?:command|leadership|leader|spokes(?:man|woman|person)|media\s+office|statement|emir|chief|commander|officials?|fighters|forces|militants)(?:,\s*[^,]{1,40},)?\s+)?"
        + @"(?:(?:leaders?|chiefs?|commanders?|spokes(?:man|woman|person)|head|officials?)\s+(?:[\w-]+\s+){0,3}?)?"
        + @"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:group|faction|militia|movement|alliance|coalition|force|brigades?|organi[sz]ation|outfit|umbrella)\s+(?:of\s+(?:[\w-]+\s+){0,2}?(?:groups|factions|brigades|militias|fighters)\s+)?)?"
        + @"(?:(?:(?:militant|rebel|jihadist|armed|islamist|insurgent|paramilitary)\s+)*(?:group|movement|faction|militia|organi[sz]ation|rebels|brigade|warplanes|jets|aircraft|drones|troops|forces|fighters|artillery|militants|gunmen|soldiers|planes|helicopters)\s+)?"
        + @"(?:,?\s*and\s+(?:several|a\s+number\s+of|two|three|four|other|some|many|various|its|their|dozens\s+of)\s+(?:[\w-]+\s+){0,2}?(?:groups|factions|brigades|allies|partners|backers)\s+)?";

    /// <summary>A time between a verb of announcing and what is announced: "announced Thursday that", "announced on Friday its merger".</summary>
    public const string When = @"(?:(?:on\s+)?\w+day\s+|(?:on|in)\s+\w+(?:\s+\d{1,4})?\s+|(?:this|last)\s+\w+\s+)?";

    /// <summary>"announced that it had", "said they would": the report of an act, whose stance is read elsewhere.</summary>
    public const string Announced = @"(?:(?:announced|announcing|declared|declaring|said|says|confirmed|stated|revealed|claimed|denied|denies|insisted|vowed|pledged|warned|promised|threatened|(?:denied|rejected|dismissed)\s+(?:reports|claims|rumou?rs|allegations))\s+" + When + @"(?:that\s+)?(?:it|they|the\s+group|the\s+faction|the\s+movement|his\s+group|its\s+fighters|their\s+fighters|its\s+forces|its\s+members)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+|would\s+|will\s+|is\s+|are\s+|did\s+not\s+|had\s+not\s+|has\s+not\s+|never\s+|also\s+|too\s+|now\s+|formally\s+|officially\s+)*(?:(?:in\s+talks|planning|about|set|preparing|seeking|going|negotiating|expected|poised|ready|likely|continue|continued|continues)\s+to\s+)?"
        + @"|(?:denied|denies|deny|denying)\s+(?=\w+ing\s))?"; // "denied cooperating with": the stance reader makes it DENIED

    /// <summary>
    /// A counted or collective noun phrase that a list of examples follows: "more than 50 factions, among them",
    /// "hardline militias, chief among them", "about a dozen rebel groups including". Only the examples named are members.
    /// </summary>
    public const string Collective = @"(?:(?:(?:more|fewer|less)\s+than|about|some|at\s+least|over|around|nearly|almost|roughly|up\s+to)\s+)?(?:\d+|dozens|scores|hundreds|several|many|numerous|a\s+dozen|a\s+number|a\s+host|two|three|four|five|six|seven|eight|nine|ten|a\s+handful)?\s*(?:of\s+)?" + Adj + @"(?:[\w-]+\s+){0,2}?(?:factions|groups|militias|brigades|battalions|units|organi[sz]ations|movements|formations|outfits)\s*,?\s*(?:(?:chief|foremost|first|prominent)\s+)?(?:among\s+them|among\s+which|including|such\s+as|like|notably|most\s+notably|principally|mainly|chiefly)\s*:?\s+";

    /// <summary>A verb of being that must be there: "remains", "had long been", "is now", "is widely regarded as", "serves as".</summary>
    public const string BeVerb = @"(?:is|are|was|were|remains|remained|has\s+been|had\s+been|have\s+been|became|becomes|is\s+(?:believed|thought|said|seen|considered)\s+to\s+be|(?:is|are|was|were)\s+(?:widely\s+|generally\s+|often\s+|increasingly\s+)?(?:regarded|seen|considered|viewed|described|recogni[sz]ed)\s+as|(?:serves|served|acts|acted|functions|functioned|operates|operated)\s+as)\s+(?:(?:now|still|also|long|already|effectively|widely)\s+)*(?:been\s+)?";

    /// <summary>
    /// What an attack lands on, before the faction that owns it: "bases belonging to", "five facilities of",
    /// "at least nine members of", "bases housing". Names the owner, so the attack is on the faction.
    /// </summary>
    public const string Holdings = @"(?:(?:the|its|their)\s+)?(?:(?:\d+|several|dozens\s+of|scores\s+of|a\s+string\s+of|a\s+number\s+of|(?:at\s+least|more\s+than|about|some|nearly)\s+\w+|two|three|four|five|six|seven|eight|nine|ten|many|some)\s+)?(?:[\w-]+\s+)?(?:positions|fighters|forces|bases|base|strongholds|stronghold|members|units|troops|territory|convoy|convoys|headquarters|facilities|facility|checkpoints|checkpoint|outposts|depots|targets|camps|sites|militants|commanders|posts)\s+(?:of|belonging\s+to|held\s+by|controlled\s+by|run\s+by|used\s+by|operated\s+by|housing|hosting|loyal\s+to)\s+";

    /// <summary>Nouns for a new body: "the creation of a new joint operations room called X".</summary>
    public const string Body = @"(?:(?:new|joint|unified|single|military|islamic|islamist|rebel|jihadist|larger|broader|umbrella)\s+)*(?:alliance|coalition|group|body|umbrella(?:\s+group|\s+organi[sz]ation)?|entity|formation|operations\s+room|room|military\s+council|command|front|army|bloc|union|merger|faction|organi[sz]ation|movement|council|structure|force|grouping|corps|legion|brigade)\s*[,:]?\s*";

    /// <summary>What may introduce the new body's name: "called", "under the name".</summary>
    public const string Naming = @"(?:(?:called|named|dubbed|known\s+as|under\s+the\s+name(?:\s+of)?|under\s+the\s+banner(?:\s+of)?|as)\s+)?";

    /// <summary>Member nouns in "one of the factions of", "a member of".</summary>
    public const string MemberNoun = @"(?:part|parts|member|members|member\s+group|member\s+groups|member\s+faction|member\s+factions|component|components|constituent|constituents|faction|factions|group|groups|pillar|pillars|backbone|brigade|brigades|unit|units|core|founder|founders|founding\s+member|founding\s+members|founding\s+faction|cornerstone)";
}
