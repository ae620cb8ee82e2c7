using FactionGraph.Worker.Cli;

namespace FactionGraph.Extraction.Tests;

/// <summary>The worker's command line: help for people, exit codes and plain output for scripts.</summary>
public class WorkerCliTests
{
    [Fact]
    public void Help_names_every_verb_and_exits_zero()
    {
        var output = new StringWriter();
        Assert.Equal(0, WorkerCli.Run(["--help"], output, new StringWriter()));
        foreach (var verb in new[] { "extract", "explain", "evaluate", "ingest", "train-tagger" }) Assert.Contains(verb, output.ToString());
    }

    [Fact]
    public void Help_of_a_verb_names_its_options()
    {
        var output = new StringWriter();
        Assert.Equal(0, WorkerCli.Run(["evaluate", "--help"], output, new StringWriter()));
        Assert.Contains("<CORPUS_DIR>", output.ToString());
        Assert.Contains("--errors", output.ToString());
        Assert.Contains("--json", output.ToString());
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("no-such-verb")]
    [InlineData("train-tagger", "--half", "3", "--out", "x.tsv", "tests/corpus")]
    public void Arguments_that_cannot_be_read_exit_2_with_a_message(params string[] args)
    {
        var errors = new StringWriter();
        Assert.Equal(WorkerCli.BadArguments, WorkerCli.Run(args, new StringWriter(), errors));
        Assert.Contains("FactionGraph.Worker:", errors.ToString());
    }

    [Fact]
    public void Evaluate_piped_prints_the_plain_report_without_tables_or_progress()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(0, WorkerCli.Run(["evaluate", "--gazetteer", Fixture.GazetteerPath, Path.Combine(Fixture.RepoRoot, "tests", "corpus")], output, errors));
        var lines = output.ToString().Split('\n');
        Assert.Matches(@"^\d+ passages$", lines[0]);
        Assert.Equal($"{"type",-16} {"P",6} {"R",6} {"F1",6} {"tp",4} {"fp",4} {"fn",4}", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("OVERALL "));
        Assert.DoesNotContain("│", output.ToString());
        Assert.Equal("", errors.ToString());
    }
}
