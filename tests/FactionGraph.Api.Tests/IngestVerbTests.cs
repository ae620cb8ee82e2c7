using FactionGraph.Storage.Embedded;
using FactionGraph.Worker.Cli;

namespace FactionGraph.Api.Tests;

/// <summary>The worker's `ingest` verb: folders of article files into the store, idempotently, refusing bad files by name.</summary>
public sealed class IngestVerbTests
{
    [Fact]
    public async Task Ingest_reads_a_folder_once_and_names_the_files_it_refused()
    {
        var data = ApiFactory.NewDataPath();
        var inbox = Directory.CreateDirectory(Path.Combine(data, "articles")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inbox, "a.txt"), "Jaysh al-Islam joined the Islamic Front in November 2013.");
        await File.WriteAllTextAsync(Path.Combine(inbox, "a.json"), """{"title": "Joining", "publishedAt": "2013-11-30"}""");
        await File.WriteAllTextAsync(Path.Combine(inbox, "b.json"), """{"text": "The Islamic Front includes Ahrar al-Sham and Liwa al-Tawhid.", "publishedAt": "2013-11-22"}""");
        await File.WriteAllTextAsync(Path.Combine(inbox, "bad.json"), """{"text": "x", "publishedAt": "last Tuesday"}""");
        string[] settings = [$"--Storage:Path={data}", "--Storage:Provider=Embedded"];

        var output = new StringWriter();
        var progress = new StringWriter();
        var exit = await WorkerCli.RunAsync(["ingest", inbox, .. settings], VerbConsole.Plain(output, progress));
        Assert.Equal(1, exit);
        Assert.Contains("bad.json: INVALID_DATE", progress.ToString());
        Assert.Contains("3 files", output.ToString());
        Assert.Contains("2 applied", output.ToString());
        var store = new SqliteGraphStore(Path.Combine(data, "graph.db"));
        var first = await store.GetStatsAsync(default);
        Assert.Equal(2, first.Articles);
        Assert.True(first.Relations >= 3);

        var again = new StringWriter();
        await WorkerCli.RunAsync(["ingest", inbox, .. settings], VerbConsole.Plain(again, new StringWriter()));
        Assert.Contains("0 applied, 2 already in the graph", again.ToString());
        Assert.Equal(first, await store.GetStatsAsync(default));

        var json = new StringWriter();
        Assert.Equal(1, await WorkerCli.RunAsync(["ingest", inbox, "--json", .. settings], VerbConsole.Plain(json, new StringWriter())));
        var summary = System.Text.Json.JsonDocument.Parse(json.ToString().Trim()).RootElement;
        Assert.Equal(3, summary.GetProperty("files").GetInt32());
        Assert.Equal(2, summary.GetProperty("known").GetInt32());
        Assert.Equal(1, summary.GetProperty("refused").GetInt32());
    }
}
