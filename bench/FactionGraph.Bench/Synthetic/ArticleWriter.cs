using System.Globalization;
using System.Text;

namespace FactionGraph.Bench.Synthetic;

/// <summary>
/// Writes one news article about a few events, in the styles real reporting uses: lists of members,
/// formations, appositions, joining and leaving, denials, attributed claims, amid sentences that
/// name no faction at all.
/// </summary>
sealed class ArticleWriter(Random random, Membership membership)
{
    static readonly string[] Places =
        ["Idlib", "Saraqib", "Maarat al-Numan", "Jisr al-Shughur", "Ariha", "Khan Shaykhun", "Aleppo", "Hama", "Latakia", "Daraa",
         "Douma", "Homs", "Raqqa", "Deir ez-Zor", "al-Bab", "Azaz", "Jarabulus", "Tal Rifaat", "Kafr Nabl", "Sarmin"];

    static readonly string[] Noise =
        ["Regime airstrikes hit {0} on Tuesday, killing {1} civilians, according to the Syrian Observatory for Human Rights.",
         "Aid convoys reached {0} after a {1}-day delay.",
         "Temperatures dropped sharply in the displacement camps near {0}.",
         "The United Nations called for a ceasefire around {0}.",
         "Local councils in {0} reported shortages of bread and fuel.",
         "Residents of {0} said electricity had been cut for {1} hours.",
         "Journalists were unable to verify the claims independently.",
         "Talks in Geneva stalled again, with delegations blaming each other for the delay.",
         "Schools in {0} have remained closed for {1} days.",
         "Video posted online appeared to show smoke rising over {0}."];

    static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public (string Title, string Text) Write(IReadOnlyList<WorldEvent> events, DateOnly published)
    {
        var sentences = new List<string> { NoiseSentence() };
        foreach (var e in events) sentences.Add(Report(e));
        if (membership.SomeListedAlliance(random) is { } listed && random.Next(3) > 0) sentences.Add(List(listed));
        if (random.Next(2) == 0) sentences.Add(Apposition(events[0].Members[0]));
        if (random.Next(4) == 0) sentences.Add(Denial(events[0]));
        for (var i = random.Next(6, 12); i > 0; i--) sentences.Insert(random.Next(1, sentences.Count + 1), NoiseSentence());
        var title = Title(events[0]);
        var text = new StringBuilder().Append(title).Append("\n\n").Append(published.ToString("d MMMM, yyyy", English)).Append("\n\n");
        for (var i = 0; i < sentences.Count; i++)
            text.Append(sentences[i]).Append(i % 3 == 2 ? "\n\n" : " ");
        return (title, text.ToString().TrimEnd() + "\n");
    }

    string Report(WorldEvent e)
    {
        string A(int i) => Name(e.Members[i]);
        var x = Name(e.Alliance);
        var on = e.Date.ToString("d MMMM yyyy", English);
        return (e.Kind, random.Next(3)) switch
        {
            (EventKind.Formed, 0) => $"{Join(e.Members.Select(Name))} announced the creation of {x} on {on}.",
            (EventKind.Formed, 1) => $"{Join(e.Members.Select(Name))} announced the formation of a new alliance, {x}.",
            (EventKind.Formed, _) => $"A new coalition, {x}, was formed on {on} by {Join(e.Members.Select(Name))}.",
            (EventKind.Joined, 0) => $"{A(0)} joined {x} on {on}.",
            (EventKind.Joined, 1) => $"According to activists, {A(0)} has joined {x}.",
            (EventKind.Joined, _) => $"{A(0)} announced it had joined {x}, opposition sources said.",
            (EventKind.Left, 0) => $"{A(0)} announced its withdrawal from {x} on {on}.",
            (EventKind.Left, 1) => $"{A(0)} left {x}, according to a statement posted online.",
            (EventKind.Left, _) => $"Sources close to the group said {A(0)} had quit {x}.",
            (EventKind.Fought, 0) => $"{x} clashed with {A(0)} near {Place()}.",
            (EventKind.Fought, _) => $"Heavy fighting broke out between {x} and {A(0)} in {Place()}.",
            (EventKind.Allied, 0) => $"{x} is allied with {A(0)}.",
            (EventKind.Allied, _) => $"{x} and {A(0)} agreed to coordinate their operations in {Place()}.",
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, null),
        };
    }

    string List(SyntheticFaction alliance)
    {
        var members = membership.MembersOf(alliance).OrderBy(_ => random.Next()).Take(random.Next(3, 6)).Select(Name);
        return random.Next(3) switch
        {
            0 => $"{Name(alliance)} includes {Join(members)}.",
            1 => $"The alliance, {Name(alliance)}, includes {Join(members)}.",
            _ => $"Members of {Name(alliance)} include {Join(members)}.",
        };
    }

    string Apposition(SyntheticFaction group) => membership.AllianceOf(group) is { } alliance
        ? random.Next(2) == 0
            ? $"{Name(group)}, which is part of {Name(alliance)}, said its fighters had taken positions near {Place()}."
            : $"{Name(group)}, a member of {Name(alliance)}, shelled regime positions near {Place()}."
        : $"{Name(group)} said its fighters had taken positions near {Place()}.";

    string Denial(WorldEvent e) => random.Next(2) == 0
        ? $"{Name(e.Members[0])} denied that it had joined {Name(e.Alliance)}."
        : $"{Name(e.Alliance)} denied any links to {Name(e.Members[0])}.";

    string Title(WorldEvent e) => e.Kind switch
    {
        EventKind.Formed => $"Rebels unite under {Name(e.Alliance)} banner",
        EventKind.Joined => $"{Name(e.Alliance)} grows as new factions sign up",
        EventKind.Left => $"Rift in {Name(e.Alliance)} as a member walks out",
        _ => $"Fighting flares around {Place()}",
    };

    string NoiseSentence() => string.Format(English, Noise[random.Next(Noise.Length)], Place(), random.Next(2, 60));

    string Place() => Places[random.Next(Places.Length)];

    string Name(SyntheticFaction f) => f.Spelling(random);

    /// <summary>"A", "A and B", "A, B and C".</summary>
    static string Join(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 1 ? list[0] : $"{string.Join(", ", list[..^1])} and {list[^1]}";
    }
}
