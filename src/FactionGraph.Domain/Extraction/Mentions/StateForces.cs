using System.Text.RegularExpressions;
using FactionGraph.Gazetteer;
using FactionGraph.Model;

namespace FactionGraph.Extraction.Mentions;

/// <summary>
/// A state's forces named by nationality or country rather than by name: "Israeli strikes", "Russian warplanes",
/// "Turkish drones", "Ethiopia's military". The gazetteer already lists "Israeli forces" and "Israeli army" as names of
/// the Israel Defense Forces; this reads from those aliases which nationality word stands for which state actor, and
/// which country names (the actor's own name, "Sudan's army"), so any military noun after them names that actor too.
/// In "Israeli strikes on X" only "Israeli" becomes the mention: the noun stays for the frames ("strikes on").
/// </summary>
internal sealed partial class StateForces
{
    // Aliases that teach a nationality word: "Israeli forces", "South Sudanese army"; the first noun wins a tie between actors.
    static readonly string[] AliasNouns = ["forces", "military", "army", "troops", "soldiers"];

    // What follows a nationality word when a state's forces are meant.
    static readonly HashSet<string> MilitaryNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "forces", "troops", "soldiers", "army", "military", "jets", "warplanes", "aircraft", "drones", "strikes", "airstrikes",
        "shelling", "artillery", "positions", "raids", "navy", "units", "patrols", "bombardment", "bombing", "bombings",
        "tanks", "helicopters", "planes", "gunships", "missiles", "offensive", "occupation", "troop", "soldier", "drone",
    };

    // What follows a country's possessive when its forces are meant: "Ethiopia's military", "Russia's army".
    static readonly HashSet<string> PossessedNouns = new(StringComparer.OrdinalIgnoreCase)
        { "military", "army", "forces", "troops", "soldiers", "navy", "jets", "warplanes", "drones", "strikes", "airstrikes" };

    readonly Dictionary<string, GazetteerEntry> _byNationality = new(StringComparer.Ordinal);
    readonly Dictionary<string, GazetteerEntry> _byCountry = new(StringComparer.Ordinal);

    public StateForces(IReadOnlyList<GazetteerEntry> entries)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in entries.Where(e => e.Kind == FactionKind.StateActor))
        {
            var nationalities = new List<string>();
            foreach (var alias in e.AllNames)
            {
                var m = NationalityAlias().Match(alias);
                if (!m.Success) continue;
                var nationality = m.Groups["who"].Value;
                var r = Array.IndexOf(AliasNouns, m.Groups["noun"].Value.ToLowerInvariant());
                nationalities.Add(nationality);
                if (rank.TryGetValue(nationality, out var seen) && seen <= r) continue;
                rank[nationality] = r;
                _byNationality[nationality] = e;
            }
            if (nationalities.Count == 0) continue;
            // The actor's country names: its own name or a bare alias of one or two capitalized words ("Israel", "Turkey").
            foreach (var name in e.AllNames.Where(n => CountryName().IsMatch(n) && !nationalities.Contains(n)))
                _byCountry.TryAdd(name, e);
        }
        // A country another state actor carries ("Ethiopia" names its government) whose nationality word names forces
        // ("Ethiopian" + "forces"): "Ethiopia's military" is those forces. Only the plain endings, so "Niger" never
        // reaches "Nigerian".
        var countries = entries.Where(e => e.Kind == FactionKind.StateActor).SelectMany(e => e.AllNames)
            .Select(n => CountryName().IsMatch(n) ? n : Possessor().Match(n) is { Success: true } m ? m.Groups["country"].Value : null)
            .OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var name in countries.Where(n => !_byCountry.ContainsKey(n)))
                foreach (var ending in (string[])["n", "an", "i", "ese"])
                    if (_byNationality.TryGetValue(name + ending, out var forces)) { _byCountry[name] = forces; break; }
    }

    public void Find(ArticleState state)
    {
        var tokens = state.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (state.Consumed[i] || !tokens[i].Has(TokenShape.Capitalized)) continue;
            // One word or two ("South Sudanese", "North Korean") before the noun.
            for (var width = 2; width >= 1; width--)
            {
                var noun = i + width;
                if (noun >= tokens.Count || state.AnyConsumed(i, noun + 1) || tokens[noun].Has(TokenShape.BreakBefore)) continue;
                var who = state.Surface(i, noun);
                var next = Word(state, noun);
                var possessive = state.Text.AsSpan(tokens[noun - 1].End, tokens[noun].Start - tokens[noun - 1].End).Trim() is "'s" or "’s";
                if (possessive && PossessedNouns.Contains(next) && _byCountry.TryGetValue(who, out var country))
                {
                    Add(state, i, noun + 1, country);
                    i = noun;
                    break;
                }
                if (!possessive && tokens[noun - 1].End + 1 == tokens[noun].Start && MilitaryNouns.Contains(next) && _byNationality.TryGetValue(who, out var forces))
                {
                    Add(state, i, noun, forces);
                    i = noun - 1;
                    break;
                }
            }
        }
    }

    static void Add(ArticleState state, int start, int end, GazetteerEntry entry)
    {
        state.Entities.AddKnown(entry);
        state.AddMention(start, end, entry.Id, entry.Kind, MentionSource.Discovered);
    }

    static string Word(ArticleState state, int i) => state.Text.Substring(state.Tokens[i].Start, state.Tokens[i].End - state.Tokens[i].Start);

    [GeneratedRegex(@"^(?<who>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?<noun>(?i:forces|military|army|troops|soldiers))$", RegexOptions.CultureInvariant)]
    private static partial Regex NationalityAlias();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$")]
    private static partial Regex CountryName();

    // "Ethiopia's government": the country before a possessive.
    [GeneratedRegex(@"^(?<country>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)['’]s ")]
    private static partial Regex Possessor();
}
