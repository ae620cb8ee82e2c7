using FactionGraph.Worker.Evaluation;
using FactionGraph.Worker.Verbs;
using Xunit.Abstractions;

namespace FactionGraph.Extraction.Tests;

public class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Member_of_precision_and_recall_meet_the_bar()
    {
        var passages = GoldPassage.LoadDirectory(Path.Combine(Fixture.RepoRoot, "tests", "corpus"));
        Assert.True(passages.Count >= 50, $"corpus has {passages.Count} passages");
        var score = CorpusEvaluator.Evaluate(Fixture.Extractor, passages);
        var report = new StringWriter();
        EvaluateVerb.Print(score, report, showErrors: true);
        output.WriteLine(report.ToString());
        var member = score.Of("MEMBER_OF");
        // These passages were written for the rules, so they are unit-level examples, not the measure of quality (real
        // text is: RealTextDevTests). The floor keeps them from regressing; 0.93 since the name tagger also reads
        // descriptors such as "Shia militias" as groups in one passage (0.935 measured).
        Assert.True(member.Precision >= 0.93, $"MEMBER_OF precision {member.Precision:F3} < 0.93\n{report}");
        Assert.True(member.Recall >= 0.90, $"MEMBER_OF recall {member.Recall:F3} < 0.90\n{report}");
    }

    [Fact]
    public void Every_passage_has_gold_with_a_date_and_known_relation_types()
    {
        var types = Enum.GetValues<Model.RelationType>().Select(Model.WireName.Of).ToHashSet();
        foreach (var p in GoldPassage.LoadDirectory(Path.Combine(Fixture.RepoRoot, "tests", "corpus")))
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", p.Gold.PublishedAt ?? "");
            Assert.All(p.Gold.Relations, r => Assert.Contains(r.Type, types));
        }
    }
}
