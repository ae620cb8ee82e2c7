using static FactionGraph.Extraction.Phrases;
using static FactionGraph.Model.RelationType;

namespace FactionGraph.Extraction;

/// <summary>The ways text says a group belongs to an alliance: apposition, joining, formation, lists, leadership.</summary>
internal static class MembershipConnectors
{
    const string Be = @"(?:(?:(?:formally|officially|later|eventually|subsequently|effectively|quietly|soon)\s+)?(?:is|are|was|were|has|have|had|remains|remained|became|become|becomes|becoming|being|would|will)\s+(?:(?:not|never|both|all|also|previously|long|once|originally|already|still|now|since|formally|officially|effectively|nominally|reportedly)\s+)*(?:been\s+|become\s+)?)?";
    const string Neg = @"(?:(?:not|never)\s+)?";
    // "has denied being part of X": the denial verb is read by the stance reader, the membership by the apposition.
    const string DeniedBeing = @"(?:(?:has|have|had)\s+)?(?:(?:denied|denies|deny|denying|rejected|rejects)\s+(?=being\s))?";
    // "is rumoured to have joined X" (the stance reader makes it REPORTED)
    const string Rumoured = @"(?:(?:is|are|was|were)\s+(?:rumou?red|reported|said|believed|thought|understood|known)\s+to\s+have\s+)?";
    // "declined to join X" (negated by MentionChain's "declin-"), "agreed to join X": a decision about joining states the relation.
    // "formed on June 12 by", "launched last year by": when a body was set up, between the verb and its founders.
    const string OnDate = @"(?:(?:in|on)\s+(?:\d{1,2}\s+)?\w+(?:\s+\d{1,4})?\s+|last\s+\w+\s+|(?:earlier|late|early)\s+(?:this|last)\s+\w+\s+)?";
    const string WillingTo = @"(?:(?:declined|refused|agreed|decided|voted|chose|opted)\s+(?:not\s+)?to\s+)?";

    /// <summary>"the SNA's Second Legion": applied by <see cref="MentionChain"/> to an owner before a unit's name, not matched on gaps.</summary>
    /// <summary>"The Three Brotherhood Alliance — the MNDAA, the TNLA and the AA — said": applied by <see cref="RelationReader"/>
    /// to an alliance and the list a dash opens after it (gaps turn dashes into commas, so only the raw text shows it).</summary>
    public static readonly Connector DashList = Connector.Of("member-dash-list", MemberOf, Direction.Reverse, 0.8, "—");

    public static readonly Connector PossessiveUnit = Connector.Of("member-possessive-unit", MemberOf, Direction.Reverse, 0.7, "'s");

    public static readonly Connector[] All =
    [
        // "A, which is part of the rebel alliance"; "A, a member of X"; "A is one of the main factions in X"
        Connector.Of("member-apposition", MemberOf, Direction.Forward, 0.85,
            @"(?!.*\bformer\b),?\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:group|faction|militia|movement|force|brigade|organi[sz]ation|outfit)\s+(?:that|which|who)\s+)?(?:(?:which|that|who)\s+)?" + Announced + DeniedBeing + Be + Neg + @"(?:(?:also|now|still|already|formally|officially|effectively|nominally|technically|ostensibly|then|long|itself|themselves|both|all|at\s+the\s+time|for\s+years|until\s+recently)\s+)*(?:(?:a|an|the|one\s+of\s+the|one\s+of|among\s+the|among)\s+)?" + Adj +
            @"(?:key|main|major|leading|founding|founder|prominent|powerful|core|largest|biggest|strongest|constituent|component|member|most\s+powerful|integral|important|principal|dominant|original)?\s*" + MemberNoun + @"\s+(?:of|in|within|inside|to)\s+" + The),
        // "A, fighting under the banner of X"; "A, which operates as part of X"
        Connector.Of("member-banner", MemberOf, Direction.Forward, 0.8,
            @",?\s*(?:(?:which|that|who)\s+)?" + Be + @"(?:operating|operates|operated|fighting|fights|fought|serving|serves|served|now\s+operating|operate|fight)?\s*(?:as\s+part\s+of|under|within|inside|beneath)\s+(?:the\s+)?(?:banner|umbrella|command|flag|auspices|wing|aegis)\s+of\s+" + The),
        // "A, B and C will pool fighters and heavy weapons under the new force"; "placed their units under X's command"
        Connector.Of("member-pool-under", MemberOf, Direction.Forward, 0.75,
            Aux + @"(?:pool|pooled|pooling|pools|place|placed|placing|places|put|putting|puts)\s+(?:(?:their|its|all|all\s+their)\s+)?(?:[\w-]+\s+){0,5}?under\s+(?:the\s+(?:command|banner|umbrella|authority)\s+of\s+)?" + The),
        Connector.Of("member-within", MemberOf, Direction.Forward, 0.7,
            @",?\s*(?:(?:which|that|who)\s+)?(?:(?:operates|operated|operating|fights|fought|fighting|serves|served|serving|falls|fell|fall|falling)\s+)(?:as\s+part\s+of|within|inside|under)\s+" + The),
        // "A joined X"; "A announced it had joined the ranks of X"
        Connector.Of("member-join", MemberOf, Direction.Forward, 0.9,
            Aux + Announced + Neg + WillingTo + Rumoured + @"(?:joined|join|joins|joining|rejoined|rejoin|re-joined|signed\s+up\s+to|signed\s+on\s+to|defected\s+to|belongs\s+to|belonged\s+to|belong\s+to|was\s+folded\s+into|were\s+folded\s+into|(?:has|have|had)\s+been\s+folded\s+into|enlisted\s+in|entered|integrated\s+into|been\s+integrated\s+into|was\s+integrated\s+into|were\s+integrated\s+into)\s+(?:the\s+ranks\s+of\s+)?" + The),
        Connector.Of("member-join-announced", MemberOf, Direction.Forward, 0.9,
            Aux + @"(?:announced|declared|confirmed|completed)\s+" + When + @"(?:its|their)\s+(?:joining|accession\s+to|membership\s+(?:of|in)|integration\s+into|incorporation\s+into|entry\s+into|adherence\s+to|joining\s+of)\s+" + The),
        // "A and B announced the creation of X"; "A and B formed X"
        Connector.Of("member-formation", MemberOf, Direction.Forward, 0.85,
            Aux + Announced + @"(?:(?:together|jointly)\s+)?(?:(?:announced|declared|unveiled|agreed\s+on|agreed\s+to|decided\s+on|were\s+behind|proclaimed|led|completed|sealed)\s+)?(?:the\s+)?(?:creation|formation|establishment|founding|launch|birth|setting\s+up|foundation)\s+of\s+(?:(?:a|an|the)\s+)?(?:" + Body + ")?" + Naming + The),
        Connector.Of("member-formed", MemberOf, Direction.Forward, 0.85,
            Aux + Announced + @"(?:(?:together|jointly)\s+)?(?:helped\s+(?:to\s+)?)?(?:formed|form|forming|forms|founded|found|co-founded|cofounded|established|establish|created|create|launched|set\s+up|formed\s+together|came\s+together\s+(?:to\s+form|to\s+create|under|as|in)|joined\s+forces\s+(?:to\s+form|to\s+create|under|in)|banded\s+together\s+(?:to\s+form|under|in)|united\s+(?:to\s+form|under|in|into|as)|unite\s+(?:under|in|into)|unified\s+(?:under|into|as)|grouped\s+(?:under|into|in)|regrouped\s+(?:under|into|as)|coalesced\s+(?:into|under|around)|agreed\s+to\s+form|signed\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:agreement|pact|accord|deal|charter|declaration)\s+" + When + @"(?:creating|establishing|forming|founding|launching|to\s+form|to\s+create|to\s+establish)|agreed\s+to\s+unite\s+(?:under|in)|teamed\s+up\s+to\s+form|make\s+up|made\s+up|comprise|constitute|constituted|form\s+the\s+core\s+of|formed\s+the\s+core\s+of|formed\s+the\s+backbone\s+of|are\s+the\s+(?:main\s+)?(?:components|factions|members)\s+of)\s+(?:(?:a|an|the)\s+)?" + "(?:" + Body + ")?" + Naming + The),
        // "X includes A, B and C"; "X, whose members include A"; "X, a coalition of A and B"
        Connector.Of("member-list", MemberOf, Direction.Reverse, 0.9,
            @",?\s*(?:(?:which|that|whose)\s+)?(?:(?:now|also|currently|initially|originally|reportedly|at\s+the\s+time|at\s+first|mainly|primarily|then)\s+)*(?:includes|included|include|including|comprises|comprised|comprise|comprising|consists\s+of|consisted\s+of|consisting\s+of|groups\s+together|grouped\s+together|grouping\s+together|is\s+made\s+up\s+of|was\s+made\s+up\s+of|made\s+up\s+of|is\s+composed\s+of|was\s+composed\s+of|composed\s+of|groups|grouped|grouping|brings\s+together|brought\s+together|bringing\s+together|unites|united|uniting|encompasses|encompassed|counts|counted|counting|incorporates|incorporated|incorporating|members\s+include|members\s+included|counts\s+among\s+(?:its|their)\s+(?:ranks|members|units|factions|components)|(?:its|their)\s+" + Adj + @"(?:members|factions|components|constituents|member\s+groups|member\s+factions|ranks)\s+(?:include|included|are|were|consist\s+of)|whose\s+" + Adj + @"(?:members|factions|components|constituents|member\s+groups|ranks)\s+(?:include|included|are|were))\s*:?\s*(?:" + Collective + @")?(?:such\s+as\s+)?" + The + @"(?:(?:factions?|groups?|brigades?|fighters|units)\s+(?:of|from|such\s+as|like)\s+)?" + The),
        Connector.Of("member-coalition-of", MemberOf, Direction.Reverse, 0.85,
            @",?\s*(?:(?:(?:which|that)\s+)?(?:is|was)\s+)?(?:a|an|the)\s+" + Adj + @"(?:[\w-]+\s+){0,2}?(?:alliance|coalition|umbrella(?:\s+group|\s+organi[sz]ation)?|grouping|union|merger|bloc|front|operations\s+room|joint\s+operations\s+room|military\s+council|amalgam|federation|conglomerate|umbrella\s+body)\s+(?:of|between|including|comprising|whose\s+(?:members|components|constituents|member\s+groups|factions)\s+(?:include|included|are|were)|that\s+includes|which\s+includes|that\s+included|which\s+included|made\s+up\s+of|bringing\s+together|uniting|grouping|composed\s+of|(?:formed|founded|created|set\s+up|established|launched)\s+" + OnDate + @"by|led\s+by|dominated\s+by|spearheaded\s+by|headed\s+by)\s+(?:such\s+)?" + The + @"(?:(?:factions|groups|brigades)\s+)?(?:(?:such\s+as|like|including)\s+)?" + The),
        // "the Third Legion, the largest coalition within the Syrian National Army", "X, an Arab-majority unit within the
        // Kurdish-led force": a body inside a larger one is its member
        // (only "within"/"inside": "a coalition of" names members, "a coalition in" may name a place).
        Connector.Of("member-coalition-within", MemberOf, Direction.Forward, 0.8,
            @",\s*(?:a|an|the)\s+" + Adj + @"(?:[\w-]+\s+){0,2}?(?:coalition|alliance|bloc|grouping|formation|corps|legion|unit|operations\s+room)\s+(?:within|inside)\s+" + The),
        Connector.Of("member-umbrella-including", MemberOf, Direction.Reverse, 0.85,
            @",?\s*(?:(?:which|that)\s+(?:is|was)\s+)?(?:a|an|the)\s+" + Adj + @"(?:[\w-]+\s+){0,2}?(?:alliance|coalition|umbrella(?:\s+group|\s+organi[sz]ation)?|grouping|union|bloc|front|operations\s+room|federation)\s+of\s+(?:[\w'-]+\s+){0,4}?(?:that\s+includes?|which\s+includes?|that\s+included|which\s+included|including|such\s+as|like)\s+" + The),
        // "Jaysh al-Fath, of which Ahrar al-Sham is a member": the relative clause names the member after the alliance.
        Connector.Of("member-of-which", MemberOf, Direction.Reverse, 0.8,
            @",?\s*(?:of|in|within)\s+which\s+" + The,
            after: @"(?:is|was|are|were|remains|remained|became|has\s+been|had\s+been)\s+(?:(?:also|now|still|formally|officially)\s+)?(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+)?(?:member|members|part|component|faction|constituent)\b"),
        // "Kataib Hezbollah, whose fighters make up three brigades of the PMF"; "A, whose units serve in X": its people belong to X's ranks.
        Connector.Of("member-whose-fighters", MemberOf, Direction.Forward, 0.75,
            @",?\s*(?:whose|its|their)\s+(?:fighters|members|units|forces|brigades|men)\s+(?:(?:now|also|still)\s+)?(?:make\s+up|made\s+up|form|formed|constitute|constituted|serve\s+in|served\s+in|serve\s+within|are\s+enrolled\s+in|were\s+enrolled\s+in)\s+(?:(?:\w+|several|many|most|much|part)\s+(?:of\s+)?(?:the\s+)?(?:brigades|units|battalions|ranks|formations)?\s*(?:of|in|within)\s+)?" + The),
        // "Among the members of X are A and B"; "Among X's factions is A": the list after the verb names members.
        Connector.Of("member-among-are", MemberOf, Direction.Reverse, 0.8,
            @"(?:'s\s+" + Adj + @"(?:[\w-]+\s+){0,2}?" + MemberNoun + @"\s+)?(?:are|is|were|was)\s+" + The,
            before: @"among\s+(?:the\s+)?(?:" + Adj + @"(?:[\w-]+\s+){0,2}?" + MemberNoun + @"\s+(?:of|in)\s+(?:the\s+)?)?"),
        // "A is one of the groups that make up X"; "A is among the factions that formed X"
        Connector.Of("member-one-of-that", MemberOf, Direction.Forward, 0.8,
            @",?\s*(?:(?:which|that|who)\s+)?" + Be + @"(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:groups|factions|brigades|militias|members|organi[sz]ations|movements|units)\s+(?:that|which|who)\s+(?:(?:had|have|has|later|jointly|together|now|originally)\s+)*(?:make\s+up|made\s+up|form|formed|founded|co-founded|established|created|comprise|constitute|constituted|launched|joined|set\s+up)\s+" + The),
        // "Jaysh al-Izza, a Free Syrian Army faction": the right name qualifies a member noun.
        Connector.Of("member-qualified", MemberOf, Direction.Forward, 0.75,
            @"(?!.*\bformer\b),\s*(?!(?:of|in|to|within)\s+which\b)(?:(?:a|an|the|one\s+of\s+the|one\s+of)\s+)?(?:[\w-]+\s+){0,2}?", after: @"(?:'s\s+)?(?:[\w-]+\s+){0,2}?(?:faction|member|component|unit|brigade|battalion|member\s+group|formation|constituent|pillar|backbone)\b"),
        // "Nusra remains the coalition's most powerful member"; "Katiba Macina is one of JNIM's founding components": a verb of being, then the alliance owns the member noun.
        Connector.Of("member-possessive-be", MemberOf, Direction.Forward, 0.8,
            @"(?!.*\bformer\b),?\s*(?:(?:which|that|who)\s+)?" + BeVerb + @"(?:one\s+of\s+|among\s+)?", after: @"'s\s+(?:[\w-]+\s+){0,3}?(?:member|members|component|components|faction|constituent|pillar|backbone|member\s+group)\b"),
        // "HTS was not included in the new coalition"
        // "The council counts the Security Belt forces among its units"; "an umbrella that counts Ansar al-Sharia among its members".
        Connector.Of("member-counts-among", MemberOf, Direction.Reverse, 0.8,
            @",?\s*(?:(?:a|an|the)\s+" + Adj + @"(?:[\w-]+\s+){0,2}?(?:alliance|coalition|umbrella|grouping|bloc|front|council|operations\s+room|room|body|network|federation)\s+)?(?:(?:which|that)\s+)?" + Aux + @"(?:counts|counted|count|counting|numbers|numbered|lists|listed)\s+" + The,
            after: @"(?:[\w'-]+\s+){0,5}?among\s+(?:its|their)\s+(?:ranks|members|units|factions|components|constituents|member\s+groups)\b"),
        // "launched a coalition, the AFC, with the M23 rebel movement among its founding members"
        Connector.Of("member-with-among", MemberOf, Direction.Reverse, 0.8, @",?\s*with\s+" + The,
            after: @"(?:[\w-]+\s+){0,3}?among\s+(?:its|their)\s+(?:(?:founding|first|main|leading|core)\s+)?(?:members|components|constituents|factions|ranks|founders|member\s+groups)\b"),
        // "Its Third Legion is built around the Levant Front"; "The Second Legion is anchored by the Hamza Division": the core named is a member.
        Connector.Of("member-built-around", MemberOf, Direction.Reverse, 0.75,
            @",?\s*(?:(?:which|that)\s+)?" + Aux + @"(?:is|are|was|were|has\s+been|had\s+been)\s+(?:(?:largely|mainly|chiefly|primarily|essentially|still)\s+)?(?:built|centred|centered|anchored|spearheaded)\s+(?:around|by)\s+" + The),
        Connector.Of("member-included-in", MemberOf, Direction.Forward, 0.75,
            @",?\s*(?:(?:which|that|who)\s+)?" + Be + Neg + @"(?:(?:also|formally|officially)\s+)?(?:included|incorporated|represented)\s+(?:in|into|within)\s+" + The),
        Connector.Of("member-formed-by", MemberOf, Direction.Reverse, 0.85,
            @",?\s*(?:(?:which|that)\s+)?" + Aux + @"(?:formed|founded|created|established|launched|set\s+up|co-founded|started|joined)\s+" + OnDate + @"by\s+(?:" + Collective + ")?" + The),
        // "X has now been joined by A and B": the newcomers are members of X.
        Connector.Of("member-joined-by", MemberOf, Direction.Reverse, 0.85,
            @",?\s*(?:(?:which|that)\s+)?" + Aux + @"(?:been\s+)?joined\s+by\s+" + The),
        Connector.Of("member-led-by", MemberOf, Direction.Reverse, 0.7,
            @",?\s*(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has\s+been)\s+)?(?:(?:largely|mainly|primarily|effectively|also)\s+)?(?:led|dominated|spearheaded|headed|anchored)\s+by\s+" + The, allianceOnLeft: true),
    ];
}
