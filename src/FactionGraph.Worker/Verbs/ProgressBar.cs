namespace FactionGraph.Worker.Verbs;

/// <summary>A one-line progress bar that redraws in place on a terminal and prints plain lines otherwise.</summary>
public sealed class ProgressBar(TextWriter writer, int total)
{
    const int Width = 30;
    readonly bool interactive = writer == Console.Error && !Console.IsErrorRedirected;
    int done;
    int lastPercent = -1;

    public void Advance()
    {
        done++;
        var percent = total == 0 ? 100 : done * 100 / total;
        if (percent == lastPercent) return;
        lastPercent = percent;
        var filled = percent * Width / 100;
        var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} articles ({percent}%)";
        if (interactive) writer.Write("\r" + line);
        else if (percent % 10 == 0) writer.WriteLine(line);
    }

    /// <summary>A message that must not be overwritten by the bar (a refused file).</summary>
    public void Note(string message)
    {
        if (interactive) writer.Write("\r" + new string(' ', Width + 40) + "\r");
        writer.WriteLine(message);
    }

    public void Done()
    {
        if (interactive) writer.WriteLine();
    }
}
