using System.Text.Json;
using FactionGraph.Model;
using FactionGraph.Worker.Evaluation;
using FactionGraph.Worker.Cli;
using FactionGraph.Worker.Verbs;

namespace FactionGraph.Extraction.Tests;

/// <summary>
/// The real-text scorer's matching rules on one made-up excerpt (invented groups and sentences, written to a temp
/// folder in the shared corpus's format) and a hand-made extraction, so the counts depend on the rules only, never on
/// what the extractor reads today.
/// </summary>
public class RealTextTests
{
    const string Excerpt = """
    {
      "id": "x01-made-up-hills",
      "conflict": "other",
      "text": "The Northern Hills Brigade joined the Coastal Front in March and fought the River Guard beside Liwa ar-Raad. Officials denied that the Coastal Front had merged into the River Guard.",
      "gold": {
        "groups": [
          {"name": "Northern Hills Brigade", "aliases_in_text": ["Northern Hills Brigade", "Hills Brigade"], "kind": "group"},
          {"name": "Coastal Front", "aliases_in_text": ["Coastal Front", "Jabhat al-Sahil"], "kind": "alliance"},
          {"name": "Liwa al-Raad", "aliases_in_text": ["Liwa ar-Raad", "Thunder Brigade"], "kind": "group"},
          {"name": "River Guard", "aliases_in_text": ["River Guard"], "kind": "group"},
          {"name": "Desert Hawks", "aliases_in_text": ["Desert Hawks"], "kind": "group"}
        ],
        "relations": [
          {"type": "MEMBER_OF", "source": "Northern Hills Brigade", "target": "Coastal Front", "stance": "ASSERTED", "optional": false},
          {"type": "ALLIED_WITH", "source": "Northern Hills Brigade", "target": "Liwa al-Raad", "stance": "ASSERTED"},
          {"type": "FIGHTS_AGAINST", "source": "Northern Hills Brigade", "target": "River Guard", "stance": "ASSERTED"},
          {"type": "FIGHTS_AGAINST", "source": "Liwa al-Raad", "target": "River Guard", "stance": "ASSERTED", "optional": true},
          {"type": "MERGED_INTO", "source": "Coastal Front", "target": "River Guard", "stance": "DENIED"},
          {"type": "LEFT", "source": "Northern Hills Brigade", "target": "Coastal Front", "stance": "DENIED"}
        ],
        "non_relations": [
          {"type": "MEMBER_OF", "source": "Liwa al-Raad", "target": "Coastal Front", "note": "side by side, not inside"}
        ]
      }
    }
    """;

    static Faction Entity(string id, string name, params string[] aliases) => new(id, name, FactionKind.Group, aliases);

    static ExtractedRelation Relation(RelationType type, string source, string target, Stance stance = Stance.Asserted) =>
        new(type, source, target, new Evidence("a", "quote", 0, 5, "test", 0.9, stance));

    // e3's name and one alias are gold spellings of Liwa al-Raad, one of River Guard: the majority decides.
    static readonly ArticleExtraction Prediction = new(
        [
            Entity("e1", "Hills Brigade", "Northern Hills Brigade"),
            Entity("e2", "Jabhat as-Sahil"), // folds as "jabhat sahil", as the gold's "Jabhat al-Sahil" does
            Entity("e3", "Thunder Brigade", "River Guard", "Liwa ar-Ra'ad"),
            Entity("e4", "river guard"),
            Entity("e5", "Eastern Shield"), // not in the gold: its relations are not scored
        ],
        [
            Relation(RelationType.AlliedWith, "e3", "e1"),     // reversed: ties have no direction
            Relation(RelationType.FightsAgainst, "e4", "e1"),  // reversed: nor has fighting
            Relation(RelationType.FightsAgainst, "e3", "e4"),  // optional in the gold: neither way
            Relation(RelationType.MergedInto, "e2", "e4"),     // gold says DENIED: a trap
            Relation(RelationType.MemberOf, "e3", "e2"),       // a hard negative: a trap
            Relation(RelationType.MemberOf, "e1", "e5"),       // unknown end: skipped
            Relation(RelationType.Left, "e1", "e2", Stance.Denied), // a denial read
        ]);

    static RealTextScore ScoreMadeUpExcerpt()
    {
        var dir = Directory.CreateTempSubdirectory("fg-realtext-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "x01-made-up-hills.json"), Excerpt);
            // Not excerpts: a name list like the corpus's own, and the project's own gold format.
            File.WriteAllText(Path.Combine(dir.FullName, "canonical-names.json"), """{"names": []}""");
            File.WriteAllText(Path.Combine(dir.FullName, "001-x.gold.json"), """{"entities": [], "relations": []}""");
            var excerpts = RealTextExcerpt.LoadDirectory(dir.FullName);
            var score = new RealTextScore { Part = "made-up" };
            foreach (var e in excerpts) RealTextScorer.Add(score, e, Prediction);
            return score;
        }
        finally { dir.Delete(recursive: true); }
    }

    static (int, int, int) Counts(TypeScore s) => (s.TruePositives, s.FalsePositives, s.FalseNegatives);

    [Fact]
    public void Strict_counts_follow_alias_votes_undirected_types_optional_gold_and_traps()
    {
        var score = ScoreMadeUpExcerpt();
        Assert.Equal(1, score.Excerpts);
        Assert.Equal((2, 2, 1), Counts(score.Of("strict", "ALL")));
        Assert.Equal((1, 0, 0), Counts(score.Of("strict", "ALLIED_WITH")));
        Assert.Equal((1, 0, 0), Counts(score.Of("strict", "FIGHTS_AGAINST")));
        Assert.Equal((0, 1, 1), Counts(score.Of("strict", "MEMBER_OF")));
        Assert.Equal((0, 1, 0), Counts(score.Of("strict", "MERGED_INTO")));
        Assert.Equal((2, 2, 1), Counts(score.OfConflict("other")));
        Assert.Equal(2, score.TrapsHit);
        Assert.Equal((1, 2), (score.DeniedRead, score.DeniedGold));
        Assert.Equal((4, 5), (score.FactionsFound, score.FactionsGold));
        Assert.Contains("x01-made-up-hills: missed MEMBER_OF: Northern Hills Brigade → Coastal Front", score.Errors);
        Assert.Contains("x01-made-up-hills: trap MEMBER_OF: Liwa al-Raad → Coastal Front", score.Errors);
    }

    [Fact]
    public void Lenient_counts_read_alliance_as_affiliation_and_merger_as_membership()
    {
        var score = ScoreMadeUpExcerpt();
        Assert.Equal((2, 2, 1), Counts(score.Of("lenient", "ALL")));
        Assert.Equal((1, 0, 0), Counts(score.Of("lenient", "AFFILIATED_WITH")));
        Assert.Equal((0, 2, 1), Counts(score.Of("lenient", "MEMBER_OF")));
        Assert.False(score.ByType.ContainsKey("lenient ALLIED_WITH"));
        Assert.False(score.ByType.ContainsKey("lenient MERGED_INTO"));
    }

    [Fact]
    public void Report_prints_score_py_lines()
    {
        var output = new StringWriter();
        RealTextReport.Print(ScoreMadeUpExcerpt(), output, showErrors: false);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("strict ALL                 P=0.50 R=0.67 F1=0.57  (tp=2 fp=2 fn=1)", lines);
        Assert.Contains("conflict other                P=0.50 R=0.67 F1=0.57", lines);
        Assert.Equal("made-up: 1 excerpts (0 without output): membership P=0.00 R=0.00; all strict F1=0.57; factions found=0.80; denials read=1/2; traps hit=2", lines[^1]);
    }

    [Theory]
    [InlineData("Hay'at Tahrir al-Sham", "hayat tahrir sham")]
    [InlineData("Ḥarakat an-Nujabā’", "harakat nujaba")]
    [InlineData("The Islamic State (ISIS)", "islamic state isis")]
    [InlineData("جيش الفتح", "جيش الفتح")]
    public void Names_fold_as_score_py_folds_them(string name, string folded) => Assert.Equal(folded, NameFolding.Fold(name));

    [Theory]
    [InlineData(0.125, "0.12")] // an exact tie goes to the even digit in Python
    [InlineData(0.375, "0.38")]
    [InlineData(0.005, "0.01")] // just above the tie in binary
    [InlineData(2.0 / 3, "0.67")]
    [InlineData(1.0, "1.00")]
    [InlineData(0.0, "0.00")]
    public void Figures_round_as_python_prints_them(double value, string printed) => Assert.Equal(printed, PythonFormat.Fixed2(value));

    [Fact]
    public void Evaluate_verb_reads_the_shared_format_from_a_folder()
    {
        var dir = Directory.CreateTempSubdirectory("fg-realtext-verb-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "x01-made-up-hills.json"), Excerpt);
            var output = new StringWriter();
            Assert.Equal(0, WorkerCli.Run(["evaluate", "--gazetteer", Fixture.GazetteerPath, "--json", dir.FullName], output, new StringWriter()));
            var json = JsonDocument.Parse(output.ToString()).RootElement;
            Assert.Equal(1, json.GetProperty("excerpts").GetInt32());
            // Three required relations, whatever the extractor finds of them.
            var all = json.GetProperty("byType").GetProperty("strict ALL");
            Assert.Equal(3, all.GetProperty("tp").GetInt32() + all.GetProperty("fn").GetInt32());
            Assert.Equal(2, json.GetProperty("deniedGold").GetInt32());
        }
        finally { dir.Delete(recursive: true); }
    }
}
