namespace FactionGraph.Extraction;

/// <summary>The closed word lists that give words a role in names (see <see cref="WordRole"/>).</summary>
internal static class WordRoles
{
    // Always skippable in a name; the assimilated forms (ash-, ad-...) only when hyphenated, since "as", "at", "an" are English too.
    public static readonly string[] LooseArticles = ["al", "el", "ul", "il", "the"];
    static readonly string[] HyphenArticles = ["ash", "as", "ad", "at", "an", "ar", "az", "adh", "ath"];

    static readonly string[] Trailing =
        ["front", "brigade", "brigades", "battalion", "battalions", "army", "movement", "legion", "division", "corps",
         "regiment", "alliance", "coalition", "gathering", "militia", "squadron", "emirate", "force", "council"];

    static readonly string[] Leading =
        ["jaysh", "liwa", "harakat", "jabhat", "faylaq", "kataib", "katibat", "katiba", "ahrar", "ajnad", "jund", "suqur", "ansar",
         "alwiya", "alwiyat", "hizb", "hizbul", "tajammu", "tajamu", "fawj", "saraya", "firqat", "firqa", "hayat", "jamaat", "tanzim", "quwat", "ittihad", "thuwar"];

    static readonly string[] Stops =
        ["a", "an", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "of", "to", "as", "its", "his", "her", "their",
         "our", "this", "that", "these", "those", "after", "before", "when", "while", "since", "during", "under", "over", "meanwhile",
         "however", "also", "both", "some", "many", "several", "other", "last", "next", "each", "every", "both", "one", "two",
         "three", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
         "april", "may", "june", "july", "august", "september", "october", "november", "december", "he", "she", "they", "it", "we",
         "i", "you", "there", "here", "if", "then", "than", "so", "local", "yet", "now", "today", "later", "earlier", "according", "whose",
         "which", "who", "what", "where", "why", "how", "government", "regime", "opposition", "rebel", "rebels",
         "s", "is", "was", "are", "were", "has", "had", "have", "said", "says"];

    static readonly string[] NamingCues = ["called", "named", "dubbed", "banner", "known", "calling", "calls", "name", "titled"];

    public static readonly string[] AllianceNouns = ["alliance", "coalition", "room", "umbrella", "bloc", "council", "merger", "network", "front"];
    static readonly string[] GroupNouns = ["group", "movement", "faction", "militia", "organisation", "organization", "outfit", "brigade", "jihadists"];

    /// <summary>Plural nouns that refer back to a group only when it was just named: "the rebels are backed by Rwandan troops".</summary>
    public static readonly string[] LooseGroupNouns = ["rebels", "militants", "separatists", "insurgents", "militias"];

    static readonly string[] NewNouns = ["body", "formation", "entity", "force", "army", "command", "grouping", "structure", "front"];

    static readonly string[] CorefAdjectives =
        ["rebel", "new", "islamist", "jihadist", "jihadi", "militant", "armed", "umbrella", "opposition", "hardline", "newly", "formed",
         "powerful", "extremist", "insurgent", "larger", "broader", "islamic", "sunni", "shia", "kurdish", "main", "salafist", "salafi",
         "military", "joint", "operations", "same", "latter", "former", "wider", "whole", "entire", "radical", "fledgling", "rebranded", "renamed", "shadowy"];

    public static IReadOnlyDictionary<string, WordRole> All()
    {
        var roles = new Dictionary<string, WordRole>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, WordRole role) { foreach (var w in words) roles[w] = roles.GetValueOrDefault(w) | role; }
        Add(LooseArticles, WordRole.Article);
        Add(HyphenArticles, WordRole.Article);
        Add(Trailing, WordRole.TrailingHead);
        Add(Leading, WordRole.LeadingHead);
        Add(Stops, WordRole.Stop);
        Add(NamingCues, WordRole.NamingCue);
        Add(AllianceNouns, WordRole.CorefNoun);
        Add(GroupNouns, WordRole.CorefNoun);
        Add(LooseGroupNouns, WordRole.CorefNoun);
        Add(CorefAdjectives, WordRole.CorefAdjective);
        Add(NewNouns, WordRole.NewCorefNoun);
        return roles;
    }
}
