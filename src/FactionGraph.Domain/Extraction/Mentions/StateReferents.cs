using FactionGraph.Model;

namespace FactionGraph.Extraction.Mentions;

/// <summary>
/// "The junta", "the regime", "the (federal) government", "government forces": reporting names a state's forces by role once the country is clear.
/// When an article is plainly about one country (named at least twice, more than any other in the table), these words name
/// that country's state actor. An article about no country here, or about two equally, resolves nothing.
/// </summary>
internal static class StateReferents
{
    // Country words → (the state actor "junta"/"regime" refers to, the one "government forces" refers to): gazetteer ids.
    static readonly (string[] Words, string Rulers, string Forces)[] Countries =
    [
        (["Syria", "Syrian", "Damascus", "Idlib", "Aleppo", "Hama", "Homs", "Daraa", "Deraa"], "syrian-arab-army", "syrian-arab-army"),
        (["Myanmar", "Burma", "Burmese", "Yangon", "Naypyidaw", "Naypyitaw", "Sagaing", "Rakhine", "Tatmadaw", "Karen", "Kayin", "Kachin", "Shan"], "tatmadaw", "tatmadaw"),
        (["Mali", "Malian", "Bamako"], "government-of-mali", "malian-armed-forces"),
        (["Burkina", "Burkinabe", "Ouagadougou"], "government-of-burkina-faso", "burkina-faso-armed-forces"),
        (["Niger", "Nigerien", "Niamey"], "government-of-niger", "niger-armed-forces"),
        (["Sudan", "Sudanese", "Khartoum"], "sudanese-armed-forces", "sudanese-armed-forces"),
        (["Mozambique", "Mozambican"], "government-of-mozambique", "mozambique-armed-defence-forces"),
        (["Philippines", "Philippine", "Mindanao"], "government-of-the-philippines", "armed-forces-of-the-philippines"),
        (["Yemen", "Yemeni", "Aden"], "government-of-yemen", "yemeni-armed-forces"),
        (["Somalia", "Somali", "Mogadishu"], "federal-government-of-somalia", "somali-national-army"),
        (["Nigeria", "Nigerian"], "government-of-nigeria", "nigerian-armed-forces"),
        (["Congo", "Congolese", "Kinshasa"], "government-of-the-drc", "fardc"),
        (["Ethiopia", "Ethiopian", "Addis"], "government-of-ethiopia", "ethiopian-national-defense-force"),
        (["Pakistan", "Pakistani", "Islamabad"], "government-of-pakistan", "pakistan-armed-forces"),
        (["Colombia", "Colombian", "Bogota"], "government-of-colombia", "national-army-of-colombia"),
        (["Iraq", "Iraqi", "Baghdad"], "government-of-iraq", "iraqi-security-forces"),
        (["Lebanon", "Lebanese", "Beirut"], "government-of-lebanon", "lebanese-armed-forces"),
    ];

    static readonly HashSet<string> ForceNouns = new(StringComparer.Ordinal) { "forces", "troops", "soldiers" };

    public static void Find(ArticleState state)
    {
        var country = CountryOf(state);
        if (country < 0) return;
        var (_, rulers, forces) = Countries[country];
        var tokens = state.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (state.Consumed[i]) continue;
            var word = Word(state, i);
            if (word == "junta" || (word == "regime" && i > 0 && Word(state, i - 1) == "the" && !tokens[i].Has(TokenShape.BreakBefore)))
                Add(state, i, i + 1, rulers);
            else if (word == "government" && i + 1 < tokens.Count && !state.Consumed[i + 1] && !tokens[i + 1].Has(TokenShape.BreakBefore)
                     && ForceNouns.Contains(Word(state, i + 1)) && !IsPro(state, i))
            {
                Add(state, i, i + 2, forces);
                i++;
            }
            // "the government", "the federal government": the country's rulers, as a party that backs or fights.
            else if (word == "government" && i > 0 && Word(state, i - 1) is "the" or "federal" && !IsPro(state, i)
                     && (i + 1 >= tokens.Count || tokens[i + 1].Has(TokenShape.BreakBefore) || !char.IsLetter(state.Text[tokens[i + 1].Start]) || Word(state, i + 1) is not ("of" or "in")))
                Add(state, Word(state, i - 1) == "federal" ? i - 1 : i, i + 1, rulers);
        }
    }

    static void Add(ArticleState state, int start, int end, string id)
    {
        var entry = state.Model.Entries.FirstOrDefault(e => e.Id == id);
        if (entry is null) return; // a gazetteer without that state actor: nothing to name
        state.Entities.AddKnown(entry);
        state.Entities.AddAlias(id, state.Surface(start, end));
        state.AddMention(start, end, id, entry.Kind, MentionSource.Discovered);
    }

    // The country named most, if named at least twice and more often than any other.
    static int CountryOf(ArticleState state)
    {
        var counts = new int[Countries.Length];
        var text = state.Text;
        foreach (var t in state.Tokens)
        {
            if (!t.Has(TokenShape.Capitalized)) continue;
            var raw = text.AsSpan(t.Start, t.End - t.Start);
            for (var c = 0; c < Countries.Length; c++)
                foreach (var w in Countries[c].Words)
                    if (raw.SequenceEqual(w)) counts[c]++;
        }
        var best = -1;
        var tie = false;
        for (var c = 0; c < counts.Length; c++)
        {
            if (best < 0 || counts[c] > counts[best]) { best = c; tie = false; }
            else if (counts[c] == counts[best]) tie = true;
        }
        return best >= 0 && counts[best] >= 2 && !tie ? best : -1;
    }

    // "pro-government forces" are militias on the government's side, not its forces.
    static bool IsPro(ArticleState state, int i) =>
        i > 0 && state.Tokens[i - 1].Has(TokenShape.HyphenAfter) && Word(state, i - 1) == "pro";

    static string Word(ArticleState state, int i) =>
        state.Text.Substring(state.Tokens[i].Start, state.Tokens[i].End - state.Tokens[i].Start).ToLowerInvariant();
}
