using FactionGraph.Model;
using FactionGraph.Names;

namespace FactionGraph.Extraction.Tests;

public class GazetteerTests
{
    [Fact]
    public void No_two_entries_share_a_name_key()
    {
        var owners = new Dictionary<string, string>();
        var clashes = new List<string>();
        foreach (var entry in Fixture.Gazetteer)
            foreach (var key in entry.AllNames.Select(NameKey.Of).Distinct())
                if (!owners.TryAdd(key, entry.Id) && owners[key] != entry.Id) clashes.Add($"'{key}': {owners[key]} and {entry.Id}");
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }

    [Fact]
    public void Ids_are_unique_lowercase_slugs_and_the_gazetteer_is_large()
    {
        Assert.True(Fixture.Gazetteer.Count >= 120);
        Assert.Equal(Fixture.Gazetteer.Count, Fixture.Gazetteer.Select(e => e.Id).Distinct().Count());
        Assert.All(Fixture.Gazetteer, e => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", e.Id));
    }

    [Fact]
    public void Jaysh_al_fath_and_state_actors_are_curated_as_required()
    {
        var jaf = Fixture.Gazetteer.Single(e => e.Id == "jaysh-al-fath");
        Assert.Equal("Jaysh al-Fath", jaf.Name);
        Assert.Equal(FactionKind.Alliance, jaf.Kind);
        Assert.Contains("Army of Conquest", jaf.Translations);
        Assert.Contains("Jaish al-Fatah", jaf.Aliases);
        foreach (var id in new[] { "syrian-arab-army", "turkish-army", "russia" })
            Assert.Equal(FactionKind.StateActor, Fixture.Gazetteer.Single(e => e.Id == id).Kind);
    }

    [Fact]
    public void An_acronym_matches_only_as_spelled_not_through_folded_letters()
    {
        // Word folding makes "Jaish" and "Jaysh" one word; it must not make Myanmar's "SSA" Syria's "SAA".
        Assert.DoesNotContain(Fixture.Extract("The SSA fought the Tatmadaw near Lashio.").Entities, e => e.Id == "syrian-arab-army");
        Assert.Contains(Fixture.Extract("The SAA shelled positions held by Ahrar al-Sham.").Entities, e => e.Id == "syrian-arab-army");
    }
}
