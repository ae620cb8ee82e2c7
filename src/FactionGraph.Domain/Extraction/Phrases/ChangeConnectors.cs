using static FactionGraph.Extraction.Phrases;
using static FactionGraph.Model.RelationType;

namespace FactionGraph.Extraction;

/// <summary>The ways text says a group changed: left an alliance, split from a group, merged into one, took a new name.</summary>
internal static class ChangeConnectors
{
    const string Verbs = Aux + Announced;

    public static readonly Connector[] All =
    [
        Connector.Of("left-withdrew", Left, Direction.Forward, 0.9,
            Verbs + @"(?:withdrew|withdrawn|withdraws|withdraw|withdrawing)\s+(?:(?:its|their)\s+(?:fighters|forces|membership|support)\s+)?from\s+" + The),
        Connector.Of("left-verb", Left, Direction.Forward, 0.85,
            Verbs + @"(?:left|leaves|leave|leaving|quit|quits|quitting|exited|exits|exit|exiting|abandoned|abandons|deserted|walked\s+out\s+of|pulled\s+(?:(?:its|their)\s+(?:fighters|forces|members|units|men)\s+)?out\s+(?:of|from)|pulls\s+out\s+of|pulled\s+out\s+from|resigned\s+from|departed|departed\s+from)\s+" + The),
        Connector.Of("left-announced", Left, Direction.Forward, 0.9,
            Aux + @"(?:announced|declared|confirmed|completed)\s+" + When + @"(?:its|their)\s+" + Adj + @"(?:withdrawal|exit|departure|resignation|secession)\s+from\s+" + The),
        Connector.Of("left-suspended", Left, Direction.Forward, 0.75,
            Aux + @"(?:suspended|froze|frozen|ended|terminated)\s+(?:its|their)\s+(?:membership|participation|involvement)\s+in\s+" + The),
        Connector.Of("left-expelled", Left, Direction.Forward, 0.85,
            Aux + @"(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:expelled|kicked\s+out|ousted|dismissed|suspended|thrown\s+out)\s+(?:of|from)\s+" + The),
        Connector.Of("left-no-longer", Left, Direction.Forward, 0.8,
            @",?\s*(?:(?:which|that|who)\s+)?(?:(?:is|are|was|were)\s+)?no\s+longer\s+(?:(?:a|an)\s+)?" + MemberNoun + @"\s+(?:of|in)\s+" + The),
        Connector.Of("left-former-member", Left, Direction.Forward, 0.7,
            @",?\s*(?:(?:which|that|who)\s+(?:is|was|are|were)\s+)?(?:(?:a|an|the|one\s+of\s+the)\s+)?former\s+" + MemberNoun + @"\s+(?:of|in)\s+" + The),
        Connector.Of("left-departure-of", Left, Direction.Forward, 0.8, @"from\s+" + The,
            before: @"(?:withdrawal|departure|exit|expulsion|secession|defection|resignation|pullout|pull-out)\s+of\s+(?:the\s+)?"),

        Connector.Of("split-from", SplitFrom, Direction.Forward, 0.85,
            Verbs + @"(?:split|splits|splitting|broke\s+away|breaks\s+away|broken\s+away|breaking\s+away|splintered|splinters|splintering|seceded|secedes|separated|defected|defects|defecting|disassociated|dissociated|distanced|broke\s+off|breaks\s+off|splintered\s+off|split\s+off)\s+(?:itself\s+|themselves\s+|off\s+)?from\s+" + The),
        Connector.Of("split-ties", SplitFrom, Direction.Forward, 0.85,
            Verbs + @"(?:severed|severs|sever|severing|cut|cuts|cutting|broke|breaks|broken|breaking|renounced|renounces|ended|ends|dissolved|annulled|revoked|formally\s+ended|formally\s+severed|publicly\s+severed)\s+(?:(?:its|their|all|any)\s+)?" + Adj + @"(?:(?:organi[sz]ational|formal|official|remaining|operational|external)\s+)?(?:ties|links|relations|allegiance|affiliation|connection|connections|pledge\s+of\s+allegiance|bay'ah|bayah|oath\s+of\s+allegiance)\s+(?:with|to)\s+" + The),
        Connector.Of("split-announced", SplitFrom, Direction.Forward, 0.85,
            Aux + @"(?:announced|declared|confirmed)\s+" + When + @"(?:its|their)\s+(?:split|separation|secession|break|disassociation|dissociation|independence|disengagement)\s+from\s+" + The),
        Connector.Of("split-broke-with", SplitFrom, Direction.Forward, 0.7,
            Verbs + @"(?:broke|breaks|broke\s+ranks|breaks\s+ranks|parted\s+ways|parted\s+company|fell\s+out)\s+with\s+" + The),
        // "X is a splinter of Y"; "X emerged in February as a splinter of Y"
        Connector.Of("split-splinter-of", SplitFrom, Direction.Forward, 0.85,
            @",?\s*(?:(?:(?:which|that)\s+)?(?:is|was|are|were)\s+|" + Aux + @"(?:emerged|began|started|surfaced|appeared|was\s+formed|was\s+founded|was\s+created|was\s+set\s+up)\s+" + When + @"as\s+)?(?:(?:a|an|the)\s+)?" + Adj + @"(?:splinter|breakaway|break-away|offshoot|spin-off|spinoff|split-off|dissident)\s*(?:group|faction|movement|organi[sz]ation|wing)?\s+(?:of|from)\s+" + The),
        Connector.Of("split-emerged", SplitFrom, Direction.Forward, 0.6,
            Aux + @"(?:emerged|grew\s+out|was\s+born)\s+(?:as\s+a\s+(?:splinter|breakaway)\s+(?:group|faction)\s+)?(?:from|out\s+of)\s+" + The),

        Connector.Of("merged-into", MergedInto, Direction.Forward, 0.9,
            Verbs + @"(?:merged|merge|merges|merging|amalgamated|fused)\s+(?:(?:together|fully|completely|formally)\s+)?(?:(?:on|in|last)\s+\w+\s+)?(?:to\s+form|to\s+create|into|in|under|as|under\s+the\s+name(?:\s+of)?|under\s+the\s+banner\s+of)\s+(?:(?:a|an|the)\s+)?(?:" + Body + ")?" + Naming + The),
        Connector.Of("merged-dissolved", MergedInto, Direction.Forward, 0.85,
            Verbs + @"(?:(?:dissolved|dissolve|dissolving|folded|absorbed|integrated|subsumed)\s+(?:itself|themselves)\s+(?:into|in|within)|(?:dissolved|dissolves|dissolving)\s+(?:(?:fully|formally|completely)\s+)?into)\s+" + The),
        Connector.Of("merged-folding", MergedInto, Direction.Forward, 0.8,
            Verbs + @"(?:(?:(?:dissolving|dissolved|dissolve|dissolves)\s+(?:(?:itself|themselves)\s+)?and\s+)?(?:folded|folding|folds|fold|merged|merging|integrated|integrating|integrate)\s+(?:its|their)\s+(?:fighters|forces|units|members|brigades|ranks)"
            // "X was dissolved and its fighters folded into Y"
            + @"|(?:was|were|has\s+been|had\s+been)\s+dissolved\s*,?\s+(?:and|with)\s+(?:its|their)\s+(?:fighters|forces|units|members|brigades)\s+(?:were\s+|have\s+been\s+)?(?:folded|integrated|absorbed|merged|incorporated|transferred))\s+into\s+" + The),
        Connector.Of("merged-announced", MergedInto, Direction.Forward, 0.85,
            Aux + @"(?:announced|declared|completed|confirmed)\s+" + When + @"(?:its|their)\s+(?:(?:full|complete|formal)\s+)?(?:merger|dissolution|integration|absorption)\s+(?:into|in|with|within)\s+" + The),
        Connector.Of("merged-absorbed", MergedInto, Direction.Forward, 0.85,
            Aux + @"(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:fully|formally)\s+)?(?:absorbed|subsumed|merged|incorporated)\s+(?:into|by|in)\s+" + The),
        Connector.Of("merged-absorbed-reverse", MergedInto, Direction.Reverse, 0.8,
            @",?\s*(?:(?:which|that)\s+)?" + Aux + @"(?:absorbed|swallowed|subsumed|took\s+over|swallowed\s+up)\s+" + The),
        Connector.Of("merged-into-of", MergedInto, Direction.Forward, 0.8, @"into\s+" + The,
            before: @"(?:merger|integration|absorption|dissolution)\s+of\s+(?:the\s+)?"),
        // "The Syrian Liberation Front was created in February when Ahrar al-Sham and Zenki merged": both went into it.
        Connector.Of("merged-formed-when", MergedInto, Direction.Reverse, 0.8,
            @",?\s*(?:(?:which|that)\s+)?" + Aux + @"(?:was|were)\s+(?:itself\s+)?(?:created|formed|founded|established|born)\s+" + When + @"(?:when|after)\s+" + The,
            after: @",?\s*(?:(?:had|have|has)\s+)?(?:merged|united|amalgamated|fused)\b"),
        Connector.Of("merged-with", MergedInto, Direction.Coordinate, 0.7,
            Verbs + @"(?:merged|merges|merge|merging|united|unified|amalgamated|fused)\s+with\s+" + The),

        Connector.Of("renamed", RenamedTo, Direction.Forward, 0.9,
            Verbs + @"(?:renamed|renames|rename|renaming|rebranded|rebrands|rebrand|rebranding|re-branded|reconstituted|re-emerged|reemerged|relaunched|re-launched|restyled|reinvented)\s+(?:itself\s+|themselves\s+)?(?:as\s+|to\s+|into\s+)?" + The),
        Connector.Of("renamed-changed-name", RenamedTo, Direction.Forward, 0.9,
            Verbs + @"(?:changed|changes|change|changing)\s+(?:its|their)\s+name\s+(?:to|into|as)\s+" + The),
        Connector.Of("renamed-passive", RenamedTo, Direction.Forward, 0.9,
            Aux + @"(?:was|were|has\s+been|had\s+been|is)\s+(?:renamed|rebranded|reborn|restyled|relaunched)\s+(?:as\s+)?" + The),
        Connector.Of("renamed-became", RenamedTo, Direction.Forward, 0.7,
            @",?\s*(?:(?:which|that|who)\s+)?(?:(?:later|subsequently|then|eventually|afterwards|in\s+\d{4}|itself|would)\s+)*(?:became|becomes|become|turned\s+into|evolved\s+into|transformed\s+into|morphed\s+into|transformed\s+itself\s+into)\s+" + The),
        Connector.Of("renamed-now-known", RenamedTo, Direction.Forward, 0.85,
            @",?\s*(?:(?:which|that)\s+(?:is|was)\s+|and\s+)?(?:now|later|subsequently|since|today|thereafter)\s+(?:known\s+as|called|named|renamed|rebranded\s+as|calling\s+itself|calls\s+itself)\s+" + The),
        Connector.Of("renamed-adopted-name", RenamedTo, Direction.Forward, 0.85,
            Verbs + @"(?:adopted|took|takes|took\s+on|adopts|assumed|announced|unveiled)\s+(?:the|its|their|a)\s+(?:new\s+)?name,?\s+(?:of\s+)?" + The),
        // "Jabhat Fath al-Sham, as the Nusra Front rebranded itself last July": the name after "as" is the old one.
        Connector.Of("renamed-as-rebranded", RenamedTo, Direction.Reverse, 0.8,
            @",?\s*\(?\s*as\s+(?:the\s+)?", after: @"(?:had\s+|has\s+)?(?:rebranded|renamed|restyled|rechristened)\s+(?:itself|themselves)\b"),
        Connector.Of("renamed-formerly", RenamedTo, Direction.Reverse, 0.9,
            @",?\s*\(?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:formerly|previously|once|originally|earlier|until\s+(?:\w+\s+)?\d{4})\s+(?:known\s+as\s+|called\s+|named\s+)?" + The),
        // "Jaish al-Izza, which operated as Tajammu al-Izza before adopting its current name": the name after "as" is the old one.
        Connector.Of("renamed-operated-as", RenamedTo, Direction.Reverse, 0.8,
            @",?\s*(?:(?:which|that|who)\s+)?" + Aux + @"(?:operated|fought|was\s+known|were\s+known|went|emerged|was\s+founded|was\s+formed|began|started)\s+(?:as|under\s+the\s+name(?:\s+of)?|by\s+the\s+name(?:\s+of)?)\s+" + The,
            after: @",?\s*(?:[\w-]+\s+){0,4}?(?:before|until)\s+(?:adopting|taking|changing|assuming|rebranding|renaming|being\s+renamed|becoming)\b"),
        Connector.Of("renamed-successor", RenamedTo, Direction.Reverse, 0.65,
            @",?\s*(?:(?:which|that)\s+(?:is|was)\s+)?(?:the\s+)?" + Adj + @"(?:successor|successor\s+group|successor\s+organi[sz]ation|new\s+incarnation|rebranded\s+version|reincarnation|new\s+name|rebranding)\s+(?:to|of|for)\s+" + The),
        Connector.Of("renamed-rebranded-apposition", RenamedTo, Direction.Reverse, 0.8,
            @",?\s*(?:the\s+)?(?:rebranded|renamed|reconstituted|former)\s+"),
    ];
}
