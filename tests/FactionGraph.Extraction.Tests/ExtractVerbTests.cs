using System.Text.Json;
using FactionGraph.Worker.Cli;

namespace FactionGraph.Extraction.Tests;

public class ExtractVerbTests
{
    [Fact]
    public void Prints_one_line_per_file_and_an_error_line_for_bad_files()
    {
        var dir = Directory.CreateTempSubdirectory("fg-extract-");
        try
        {
            var good = Path.Combine(Fixture.RepoRoot, "graph-seed", "articles", "2015-03-26-idlib-offensive.txt");
            var empty = Path.Combine(dir.FullName, "empty.txt");
            var binary = Path.Combine(dir.FullName, "latin1.txt");
            File.WriteAllText(empty, "  \n");
            File.WriteAllBytes(binary, [0x4A, 0x61, 0xFF, 0xFE, 0x73]);
            var missing = Path.Combine(dir.FullName, "missing.txt");
            var stdout = new StringWriter();
            var code = WorkerCli.Run(["extract", "--gazetteer", Fixture.GazetteerPath, good, empty, missing, binary], stdout, new StringWriter());

            Assert.Equal(1, code);
            var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(4, lines.Count);
            var result = lines[0];
            Assert.Equal(good, result.GetProperty("file").GetString());
            Assert.Contains(result.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "jaysh-al-fath" && e.GetProperty("kind").GetString() == "ALLIANCE");
            var member = result.GetProperty("relations").EnumerateArray().First(r => r.GetProperty("type").GetString() == "MEMBER_OF");
            Assert.Equal("jaysh-al-fath", member.GetProperty("target").GetString());
            Assert.Equal("ASSERTED", member.GetProperty("stance").GetString());
            Assert.True(member.GetProperty("evidence").GetProperty("end").GetInt32() > member.GetProperty("evidence").GetProperty("start").GetInt32());
            foreach (var bad in lines.Skip(1))
            {
                Assert.False(string.IsNullOrEmpty(bad.GetProperty("error").GetString()));
                Assert.False(bad.TryGetProperty("entities", out _));
            }
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Succeeds_with_exit_code_zero_when_every_file_reads()
    {
        var good = Path.Combine(Fixture.RepoRoot, "tests", "corpus", "001-islamic-front-formation.txt");
        Assert.Equal(0, WorkerCli.Run(["extract", "--gazetteer", Fixture.GazetteerPath, good], new StringWriter(), new StringWriter()));
    }
}
