using FactionGraph.Model;
using FactionGraph.Names;

namespace FactionGraph.Bench.Synthetic;

/// <summary>
/// A seeded, invented conflict: groups and alliances with transliterated names, and a dated
/// history of alliances forming, members joining and leaving, fighting and allying.
/// Same seed, same world — so every run of the benchmark reads the same text.
/// </summary>
sealed class SyntheticWorld
{
    static readonly string[] Syllables =
        ["ra", "shid", "mu", "ja", "hid", "fur", "qan", "za", "hir", "nas", "ta", "wid", "ka", "ram", "sa", "lim",
         "bad", "din", "nur", "qa", "dis", "ma", "jid", "sul", "tan", "wa", "fa", "ruq", "ha", "mid", "yar", "mouk", "bil", "lal"];

    // Naming patterns the extractor knows how to read as group names, each with its English rendering.
    static readonly (string Pattern, string Translation)[] GroupPatterns =
        [("Liwa {0}", "{0} Banner"), ("{0} Brigade", "Brigade of {0}"), ("Jabhat {0}", "{0} Front"), ("Kataib {0}", "{0} Battalions"),
         ("Harakat {0}", "{0} Movement"), ("Ahrar al-{0}", "Free Men of {0}"), ("Suqur al-{0}", "Falcons of {0}")];

    static readonly (string Pattern, string Translation)[] AlliancePatterns =
        [("Jaysh al-{0}", "Army of {0}"), ("Jabhat al-{0}", "{0} Front Alliance"), ("Faylaq al-{0}", "{0} Legion"), ("Hayat Tahrir al-{0}", "{0} Liberation Committee")];

    public IReadOnlyList<SyntheticFaction> Groups { get; }
    public IReadOnlyList<SyntheticFaction> Alliances { get; }
    public IReadOnlyList<WorldEvent> Events { get; }

    public IEnumerable<SyntheticFaction> Factions => Groups.Concat(Alliances);

    SyntheticWorld(List<SyntheticFaction> groups, List<SyntheticFaction> alliances, List<WorldEvent> events) =>
        (Groups, Alliances, Events) = (groups, alliances, events);

    /// <param name="reservedKeys">Name keys already taken (the real gazetteer), so no synthetic faction shadows a real one.</param>
    public static SyntheticWorld Create(int seed, int factionCount, int eventCount, IEnumerable<string> reservedKeys)
    {
        var random = new Random(seed);
        var keys = new HashSet<string>(reservedKeys, StringComparer.Ordinal);
        var allianceCount = Math.Max(2, factionCount / 8);
        var alliances = Enumerable.Range(0, allianceCount).Select(_ => NewFaction(random, keys, AlliancePatterns, FactionKind.Alliance)).ToList();
        var groups = Enumerable.Range(0, factionCount - allianceCount).Select(_ => NewFaction(random, keys, GroupPatterns, FactionKind.Group)).ToList();
        return new SyntheticWorld(groups, alliances, History(random, groups, alliances, eventCount));
    }

    static SyntheticFaction NewFaction(Random random, HashSet<string> keys, (string Pattern, string Translation)[] patterns, FactionKind kind)
    {
        while (true)
        {
            var root = Root(random);
            var (pattern, translation) = patterns[random.Next(patterns.Length)];
            var name = string.Format(pattern, root);
            var english = string.Format(translation, root);
            var aliases = Transliteration.Variants(name, random, 3);
            // Every spelling must fold to a key no other faction has; otherwise draw again.
            var spellings = aliases.Prepend(name).Append(english).Select(NameKey.Of).ToList();
            if (spellings.Distinct().Any(keys.Contains)) continue;
            foreach (var key in spellings) keys.Add(key);
            return new SyntheticFaction(NameKey.Of(name).Replace(' ', '-'), name, kind, aliases, english);
        }
    }

    static string Root(Random random)
    {
        var length = random.Next(2, 4);
        var root = string.Concat(Enumerable.Range(0, length).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(root[0]) + root[1..];
    }

    /// <summary>Dated events in order: each alliance forms, then members join and leave it; groups fight and ally.</summary>
    static List<WorldEvent> History(Random random, List<SyntheticFaction> groups, List<SyntheticFaction> alliances, int eventCount)
    {
        var start = new DateOnly(2012, 1, 1);
        const int days = 9 * 365;
        var members = alliances.ToDictionary(a => a.Id, _ => new List<SyntheticFaction>());
        var formed = new List<SyntheticFaction>();
        var events = new List<WorldEvent>(eventCount);
        for (var i = 0; i < eventCount; i++)
        {
            var date = start.AddDays((int)((long)i * days / eventCount));
            var roll = random.Next(100);
            if (formed.Count < alliances.Count && (formed.Count == 0 || roll < 10))
            {
                var alliance = alliances[formed.Count];
                var founders = Distinct(random, groups, random.Next(2, 5));
                members[alliance.Id].AddRange(founders);
                formed.Add(alliance);
                events.Add(new WorldEvent(EventKind.Formed, date, alliance, founders));
            }
            else if (roll < 55)
            {
                var alliance = formed[random.Next(formed.Count)];
                var group = groups[random.Next(groups.Count)];
                if (members[alliance.Id].Contains(group)) continue;
                members[alliance.Id].Add(group);
                events.Add(new WorldEvent(EventKind.Joined, date, alliance, [group]));
            }
            else if (roll < 75)
            {
                var alliance = formed[random.Next(formed.Count)];
                var current = members[alliance.Id];
                if (current.Count < 2) continue;
                var group = current[random.Next(current.Count)];
                current.Remove(group);
                events.Add(new WorldEvent(EventKind.Left, date, alliance, [group]));
            }
            else
            {
                var pair = Distinct(random, groups, 2);
                events.Add(new WorldEvent(roll < 90 ? EventKind.Fought : EventKind.Allied, date, pair[0], [pair[1]]));
            }
        }
        return events;
    }

    static List<SyntheticFaction> Distinct(Random random, List<SyntheticFaction> from, int count)
    {
        var picked = new List<SyntheticFaction>(count);
        while (picked.Count < count)
        {
            var f = from[random.Next(from.Count)];
            if (!picked.Contains(f)) picked.Add(f);
        }
        return picked;
    }
}
