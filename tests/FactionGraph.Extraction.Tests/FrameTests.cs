using FactionGraph.Extraction.Relations;
using FactionGraph.Extraction.Syntax;
using FactionGraph.Gazetteer;
using FactionGraph.Model;

namespace FactionGraph.Extraction.Tests;

/// <summary>
/// Every frame in frames.txt is proven by the sentence written beside it: parsed with the phrase connectors off,
/// the sentence must yield the frame's relation from Xanar to Belmor. A new frame is one line and tested by this.
/// </summary>
public class FrameTests
{
    static readonly IReadOnlyList<GazetteerEntry> Placeholders =
    [
        new("xanar", "Xanar", FactionKind.Group, [], [], []),
        new("belmor", "Belmor", FactionKind.Group, [], [], []),
        new("corvin", "Corvin", FactionKind.Group, [], [], []),
    ];

    static readonly Lazy<FactionExtractor> StructureOnly = new(() => new FactionExtractor(Placeholders, new ExtractorOptions { ReadPhrases = false }));

    public static TheoryData<int, string> Lines()
    {
        var data = new TheoryData<int, string>();
        foreach (var f in FrameBook.Default.Frames) data.Add(f.Line, f.Example);
        return data;
    }

    [Fact]
    public void Link_grammar_is_installed_where_the_tests_run()
    {
        // tests/run.sh installs it (liblink-grammar5, link-grammar-dictionaries-en); without it extraction falls back to phrases.
        Assert.True(StructureOnly.Value.ReadsStructure, LinkParser.Unavailable);
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Each_frame_reads_its_example(int line, string example)
    {
        var frame = FrameBook.Default.Frames.Single(f => f.Line == line);
        Assert.False(string.IsNullOrWhiteSpace(example), $"frames.txt line {line} has no example sentence");
        var relations = StructureOnly.Value.Extract(example, "frame-test", "2020-01-01").Relations;
        var symmetric = frame.Type is RelationType.AlliedWith or RelationType.FightsAgainst;
        Assert.True(relations.Any(r => r.Type == frame.Type && r.Evidence.Rule == frame.Rule
                && (r.Source == "xanar" && r.Target == "belmor" || symmetric && r.Source == "belmor" && r.Target == "xanar")),
            $"line {line} '{example}' read: " + string.Join("; ", relations.Select(r => $"{r.Type} {r.Source}→{r.Target} ({r.Evidence.Rule})")));
    }

    [Theory]
    [InlineData("Xanar, which had not joined Belmor, stayed neutral.")]
    [InlineData("Xanar refused to join Belmor.")]
    [InlineData("Xanar never joined Belmor.")]
    public void Negation_on_the_verb_group_denies(string sentence)
    {
        var r = Assert.Single(StructureOnly.Value.Extract(sentence, "t", "2020-01-01").Relations, r => r.Type == RelationType.MemberOf);
        Assert.Equal(Stance.Denied, r.Evidence.Stance);
    }

    [Theory]
    [InlineData("Xanar's fighters joined Belmor.")]   // people defect; the faction did not join
    [InlineData("Belmor, an alliance of Xanar factions, was formed.")] // Xanar's factions, not Xanar
    [InlineData("Xanar attacked a town that Belmor had joined.")]
    public void Not_membership(string sentence)
    {
        Assert.DoesNotContain(StructureOnly.Value.Extract(sentence, "t", "2020-01-01").Relations,
            r => r.Type == RelationType.MemberOf && r.Source == "xanar");
    }

    [Theory]
    [InlineData("The Delvan includes Xanar, Belmor, the Corvin and others.", new[] { "xanar", "belmor", "corvin" })]
    [InlineData("Xanar, Belmor and Corvin joined the Delvan in 2016.", new[] { "xanar", "belmor", "corvin" })]
    // A colon's list needs no "and"; an acronym or a name's tail ("Army (XA)") stays inside the list.
    [InlineData("In those years the Delvan consisted of three organizations: Xanar, Belmor, Corvin.", new[] { "xanar", "belmor", "corvin" })]
    [InlineData("The Delvan, comprised of the Xanar Army (XA), Belmor (BA), and Corvin, stormed the posts.", new[] { "xanar", "belmor", "corvin" })]
    // An aside between commas that names no faction is cut; the body's own kind after its name goes with the name.
    [InlineData("The Delvan joint operations room, comprised 16 opposition factions, includes Xanar, al-Belmor, the Corvin and others.", new[] { "xanar", "belmor", "corvin" })]
    public void Coordination_spreads_a_relation_over_every_conjunct(string sentence, string[] members)
    {
        var extractor = new FactionExtractor([.. Placeholders, new("delvan", "Delvan", FactionKind.Alliance, [], [], [])], new ExtractorOptions { ReadPhrases = false });
        var relations = extractor.Extract(sentence, "t", "2020-01-01").Relations;
        foreach (var m in members)
            Assert.Contains(relations, r => r.Type == RelationType.MemberOf && r.Source == m && r.Target == "delvan");
    }

    [Fact]
    public void After_a_colon_semicolons_separate_the_items_of_a_list()
    {
        var extractor = new FactionExtractor([.. Placeholders, new("delvan", "Delvan", FactionKind.Alliance, [], [], [])], new ExtractorOptions { ReadPhrases = false });
        var relations = extractor.Extract("In 2009 the Delvan was formed through the merger of three groups: the Xanar; Belmor; and the Corvin.", "t", "2020-01-01").Relations;
        foreach (var m in new[] { "xanar", "belmor", "corvin" })
            Assert.Contains(relations, r => r.Type == RelationType.MergedInto && r.Source == m && r.Target == "delvan");
    }

    [Theory]
    [InlineData("Xanar, whose long campaign against Belmor began in 2014, took the town.", RelationType.FightsAgainst)]
    public void A_trigger_on_the_path_between_two_factions_relates_them(string sentence, RelationType type)
    {
        var relations = StructureOnly.Value.Extract(sentence, "t", "2020-01-01").Relations;
        Assert.Contains(relations, r => r.Type == type && r.Evidence.Rule.StartsWith("path-") && r.Source == "xanar" && r.Target == "belmor");
    }

    [Theory]
    // "between" hangs off the end of the predicate the fighting noun is subject of, not off its first auxiliary.
    [InlineData("Heavy clashes have been ongoing since Sunday between Xanar fighters and the Belmor.")]
    // A gerund after a preposition takes the subject of the clause: Xanar is the one fighting.
    [InlineData("Xanar was involved in attacking the Belmor near the river.")]
    [InlineData("Xanar has been active in attacking Belmor positions.")]
    public void Syntax_finds_the_doer_and_the_sides_of_a_fight_away_from_the_trigger(string sentence)
    {
        var relations = StructureOnly.Value.Extract(sentence, "t", "2020-01-01").Relations;
        Assert.Contains(relations, r => r.Type == RelationType.FightsAgainst && new[] { r.Source, r.Target }.Order().SequenceEqual(["belmor", "xanar"]));
    }

    [Fact]
    public void Names_joined_by_a_slash_each_take_the_relation()
    {
        var relations = StructureOnly.Value.Extract("The Xanar/Belmor fought alongside the Corvin last year.", "t", "2020-01-01").Relations;
        foreach (var side in new[] { "xanar", "belmor" })
            Assert.Contains(relations, r => r.Type == RelationType.AlliedWith && new[] { r.Source, r.Target }.Order().SequenceEqual(new[] { side, "corvin" }.Order()));
    }

    [Fact]
    public void A_sentence_too_long_to_link_whole_is_read_clause_by_clause()
    {
        const string sentence = "The Xanar have fought alongside local Belmor units in the battle against the Corvin, as well as the Delvan, but "
            + "dealings with most of the opposition is worse owing to suspicion both of the Ferrin working with the regime and fears of separatist calls.";
        var extractor = new FactionExtractor([.. Placeholders, new("delvan", "Delvan", FactionKind.Group, [], [], []), new("ferrin", "Ferrin", FactionKind.Group, [], [], [])],
            new ExtractorOptions { ReadPhrases = false });
        var relations = extractor.Extract(sentence, "t", "2020-01-01").Relations;
        Assert.Contains(relations, r => r.Type == RelationType.AlliedWith && new[] { r.Source, r.Target }.Order().SequenceEqual(["belmor", "xanar"]));
    }

    [Theory]
    // Two names of one faction in a row are one place, not a list of two.
    [InlineData("The Ostavar Front, or OSF, is a Belmor splinter group and it holds two towns.", "ostavar")]
    [InlineData("Xanar is a splinter of OSF—the Ostavar Front—a group active in the north.", "xanar")]
    // "an" before a name that begins with a vowel becomes "a" before its placeholder.
    [InlineData("Xanar is an Ostavar Front splinter group.", "xanar")]
    public void Names_and_articles_around_a_faction_do_not_break_the_parse(string sentence, string splinter)
    {
        var extractor = new FactionExtractor([.. Placeholders, new("ostavar", "Ostavar Front", FactionKind.Group, ["OSF"], [], [])], new ExtractorOptions { ReadPhrases = false });
        var relations = extractor.Extract(sentence, "t", "2020-01-01").Relations;
        Assert.Contains(relations, r => r.Type == RelationType.SplitFrom && r.Source == splinter);
    }

    [Theory]
    // Idioms are rewritten to the verb a frame reads (parser-words.txt).
    [InlineData("Xanar came to blows with Belmor near the border.", RelationType.FightsAgainst)]
    [InlineData("Xanar took up arms against Belmor in 2012.", RelationType.FightsAgainst)]
    [InlineData("Xanar fought side by side with Belmor last year.", RelationType.AlliedWith)]
    [InlineData("Xanar joined forces with Belmor in the south.", RelationType.AlliedWith)]
    [InlineData("Xanar parted ways with Belmor in 2019.", RelationType.SplitFrom)]
    public void Idioms_read_as_the_verb_they_mean(string sentence, RelationType type)
    {
        var relations = StructureOnly.Value.Extract(sentence, "t", "2020-01-01").Relations;
        Assert.Contains(relations, r => r.Type == type && new[] { r.Source, r.Target }.Order().SequenceEqual(["belmor", "xanar"]));
    }

    [Theory]
    // "other" makes the clause's subject one of the group the opener names.
    [InlineData("Along with other Belmor allies, Xanar has stepped up attacks on the army.", RelationType.AlliedWith)]
    [InlineData("Like other Belmor affiliates, Xanar has stepped up attacks on the army.", RelationType.AffiliatedWith)]
    public void An_opener_naming_other_members_of_a_kind_says_the_subject_is_one(string sentence, RelationType type)
    {
        var relations = StructureOnly.Value.Extract(sentence, "t", "2020-01-01").Relations;
        Assert.Contains(relations, r => r.Type == type && r.Source == "xanar" && r.Target == "belmor");
    }

    [Fact]
    public void Like_a_faction_without_other_says_nothing_of_kind()
    {
        var relations = StructureOnly.Value.Extract("Like the Belmor allies, Xanar has stepped up attacks on the army.", "t", "2020-01-01").Relations;
        Assert.DoesNotContain(relations, r => r.Type == RelationType.AlliedWith);
    }

    [Fact]
    public void A_name_before_a_plural_verb_is_read_as_its_subject()
    {
        // "The Xanar forces have": a single name is singular to the parser, which then drops it as "have"'s subject.
        var relations = StructureOnly.Value.Extract("The Xanar have been prominent in fighting groups such as Belmor in the south.", "t", "2020-01-01").Relations;
        Assert.Contains(relations, r => r.Type == RelationType.FightsAgainst && new[] { r.Source, r.Target }.Order().SequenceEqual(["belmor", "xanar"]));
    }

    [Fact]
    public void Membership_is_never_read_from_a_path_alone()
    {
        // "member" lies between the two, but the sentence says nothing about Xanar belonging to Belmor.
        var relations = StructureOnly.Value.Extract("Xanar killed a member of Belmor's family in the raid.", "t", "2020-01-01").Relations;
        Assert.DoesNotContain(relations, r => r.Type == RelationType.MemberOf);
    }

    [Fact]
    public void Inflections_are_generated_from_the_lemma()
    {
        Assert.Equal(["join", "joined", "joining", "joins"], Inflections.OfVerb("join", []).Order());
        Assert.Equal(["merge", "merged", "merges", "merging"], Inflections.OfVerb("merge", []).Order());
        Assert.Equal(["allied", "allies", "ally", "allying"], Inflections.OfVerb("ally", []).Order());
        Assert.Equal(["break", "breaking", "breaks", "broke", "broken"], Inflections.OfVerb("break", ["broke", "broken"]).Order());
        Assert.Equal(["branch", "branches"], Inflections.OfNoun("branch").Order());
        Assert.Equal(["expel", "expeled", "expeling", "expelled", "expelling", "expels"], Inflections.OfVerb("expel", []).Order());
    }

    [Fact]
    public void A_malformed_frame_line_is_an_error_naming_its_line()
    {
        var e = Assert.Throws<InvalidDataException>(() => FrameBook.Parse("join v MEMBER_OF subj\n"));
        Assert.Contains("line 1", e.Message);
        Assert.Throws<InvalidDataException>(() => FrameBook.Parse("join v NOT_A_TYPE subj obj | x\n"));
    }

    [Theory]
    [InlineData("The Belmor-backed Xanar took the town.", RelationType.AlliedWith)]          // back: subj obj
    [InlineData("The Belmor-affiliated armed group Xanar took the town.", RelationType.AffiliatedWith)] // affiliate: theme with
    [InlineData("Belmor-affiliated Xanar and Corvin militants took the town.", RelationType.AffiliatedWith)] // a list after the compound
    public void A_name_hyphened_to_a_frame_participle_relates_it_to_the_faction_described(string sentence, RelationType type)
    {
        var relations = StructureOnly.Value.Extract(sentence, "t", "2020-01-01").Relations;
        Assert.True(relations.Any(r => r.Type == type && r.Evidence.Rule.StartsWith("compound-") && (r.Source == "xanar" && r.Target == "belmor"
            || type == RelationType.AlliedWith && r.Source == "belmor" && r.Target == "xanar")), string.Join("; ", relations.Select(r => $"{r.Type} {r.Source}→{r.Target}")));
    }

    [Theory]
    [InlineData("The Belmor-backed forces pushed Xanar out of the city.")] // the participle's noun is not the name after it
    [InlineData("An alliance of Belmor-backed militias that includes Xanar took the town.")]
    public void A_hyphen_compound_describes_only_the_name_it_heads(string sentence)
    {
        Assert.DoesNotContain(StructureOnly.Value.Extract(sentence, "t", "2020-01-01").Relations, r => r.Evidence.Rule.StartsWith("compound-"));
    }

    [Theory]
    [InlineData("Local media reported attacks by Xanar, Belmor’s ally, on Sunday.", RelationType.AlliedWith)] // a typographic apostrophe
    [InlineData("An affiliate of Belmor, Xanar, said it killed ten soldiers.", RelationType.AffiliatedWith)]   // the apposition names the subject
    public void Possessives_and_appositions_in_real_typography_and_order(string sentence, RelationType type)
    {
        var relations = StructureOnly.Value.Extract(sentence, "t", "2020-01-01").Relations;
        Assert.True(relations.Any(r => r.Type == type && (r.Source == "xanar" && r.Target == "belmor" || type == RelationType.AlliedWith && r.Source == "belmor" && r.Target == "xanar")),
            string.Join("; ", relations.Select(r => $"{r.Type} {r.Source}→{r.Target}")));
    }
}
