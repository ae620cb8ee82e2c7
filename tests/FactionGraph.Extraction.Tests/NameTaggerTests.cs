using FactionGraph.Extraction.Mentions;

namespace FactionGraph.Extraction.Tests;

/// <summary>The learned name tagger: what it adds to the lists and rules, what its gate keeps out, and its weights file.</summary>
public class NameTaggerTests
{
    static readonly Lazy<FactionExtractor> WithoutTagger = new(() => new FactionExtractor(Fixture.Gazetteer, new ExtractorOptions { UseTagger = false }));

    [Fact]
    public void The_build_ships_a_trained_tagger() => Assert.NotNull(NameTagger.Builtin);

    [Theory]
    [InlineData("Fighters of the Coastal Hawks Forces attacked the port on Sunday.", "coastal-hawks-forces")]
    [InlineData("On Monday the Kaleb Mountain Guard clashed with the army.", "kaleb-mountain-guard")]
    [InlineData("The Southern Lions Protection Forces said they had retaken the crossing.", "southern-lions-protection-forces")]
    public void It_finds_group_names_no_rule_reads(string text, string id)
    {
        Assert.DoesNotContain(WithoutTagger.Value.Extract(text, "t", null).Entities, e => e.Id == id);
        Assert.Contains(Fixture.Extract(text).Entities, e => e.Id == id);
    }

    [Fact]
    public void An_owner_before_a_tagged_name_is_not_part_of_it()
    {
        var ids = Fixture.Extract("The clashes pitted rebels against Karimov's Coastal Hawks Forces in the port.").Entities.Select(e => e.Id).ToList();
        Assert.Equal(["coastal-hawks-forces"], ids);
    }

    [Theory]
    [InlineData("Commander Abu Khalid al-Tamimi met Sheikh Hamad Bin Rashid in Souk al-Jumaa on Tuesday.")]
    [InlineData("Islamic State Forces were not mentioned, but Security Forces and the Islamic Resistance were.")]
    [InlineData("A report by the Horizon Research Group said the fighting had moved north.")]
    public void People_places_and_descriptions_do_not_become_factions(string text)
    {
        var known = WithoutTagger.Value.Extract(text, "t", null).Entities.Select(e => e.Id).ToHashSet();
        Assert.All(Fixture.Extract(text).Entities, e => Assert.Contains(e.Id, known));
    }

    [Fact]
    public void Training_is_deterministic_and_the_weights_survive_a_round_trip()
    {
        var articles = new[]
        {
            new TaggedArticle("The Red Hill Brigade attacked the town. Its leader said the Red Hill Brigade would stay.", ["Red Hill Brigade"]),
            new TaggedArticle("Fighters of the Stone River Forces clashed with villagers near the old bridge.", ["Stone River Forces"]),
            new TaggedArticle("The Blue Valley Front and the Iron Gate Army signed a truce in the valley.", ["Blue Valley Front", "Iron Gate Army"]),
        };
        var first = Saved(NameTaggerTraining.Train(Fixture.Gazetteer, articles));
        Assert.Equal(first, Saved(NameTaggerTraining.Train(Fixture.Gazetteer, articles)));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(first));
        Assert.Equal(first, Saved(NameTagger.Load(stream)));
    }

    static string Saved(NameTagger tagger)
    {
        var writer = new StringWriter();
        tagger.Save(writer);
        return writer.ToString();
    }
}
