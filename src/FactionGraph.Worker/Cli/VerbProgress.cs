using Spectre.Console;
using Spectre.Console.Rendering;

namespace FactionGraph.Worker.Cli;

/// <summary>What a long-running verb tells about its progress: one more item done, or a message that must stay visible.</summary>
public interface IProgressTracker
{
    void Advance();

    void Note(string message);
}

/// <summary>
/// Progress of a verb over a known number of items. On a terminal: Spectre.Console's live bar with rate and time left.
/// Otherwise: a plain line to the error stream at every tenth (when <c>plainLines</c>), so logs show the run moving.
/// </summary>
public static class VerbProgress
{
    public static async Task<T> RunAsync<T>(VerbConsole console, IAnsiConsole? terminal, string unit, int total, bool plainLines, Func<IProgressTracker, Task<T>> work)
    {
        if (terminal is null) return await work(new PlainTracker(console.Errors, unit, total, plainLines));
        return await terminal.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(unit), new RemainingTimeColumn())
            .StartAsync(async context => await work(new TerminalTracker(terminal, context.AddTask(unit, maxValue: Math.Max(total, 1)))));
    }

    public static T Run<T>(VerbConsole console, IAnsiConsole? terminal, string unit, int total, bool plainLines, Func<IProgressTracker, T> work) =>
        RunAsync(console, terminal, unit, total, plainLines, tracker => Task.FromResult(work(tracker))).GetAwaiter().GetResult();

    /// <summary>Items of a sequence, each counted done when the next is asked for (or the sequence ends).</summary>
    public static IEnumerable<T> Counting<T>(this IEnumerable<T> items, IProgressTracker tracker)
    {
        foreach (var item in items)
        {
            yield return item;
            tracker.Advance();
        }
    }

    sealed class TerminalTracker(IAnsiConsole terminal, ProgressTask task) : IProgressTracker
    {
        public void Advance() => task.Increment(1);

        public void Note(string message) => terminal.MarkupLine(Markup.Escape(message));
    }

    sealed class PlainTracker(TextWriter writer, string unit, int total, bool lines) : IProgressTracker
    {
        int done;
        int lastTenth = -1;

        public void Advance()
        {
            done++;
            var percent = total == 0 ? 100 : done * 100 / total;
            if (!lines || percent / 10 == lastTenth) return;
            lastTenth = percent / 10;
            writer.WriteLine($"{done}/{total} {unit} ({percent}%)");
        }

        public void Note(string message) => writer.WriteLine(message);
    }

    /// <summary>Items per second, in the verb's own unit ("12.5 articles/s").</summary>
    sealed class RateColumn(string unit) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.Speed ?? 0:0.0} {unit}/s", new Style(Color.Grey));
    }
}
