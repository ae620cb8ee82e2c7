using Spectre.Console;

namespace FactionGraph.Worker.Cli;

/// <summary>
/// Where a verb writes: its results to <see cref="Output"/> and messages to <see cref="Errors"/>, as plain text that
/// scripts read; and, only when the process stands on a terminal, a <see cref="Terminal"/> for progress and tables.
/// </summary>
public sealed record VerbConsole(TextWriter Output, TextWriter Errors, IAnsiConsole? Terminal)
{
    /// <summary>The process's own streams: a terminal only when neither output nor errors is redirected (piped or in a file).</summary>
    public static VerbConsole ForProcess() =>
        new(Console.Out, Console.Error, Console.IsOutputRedirected || Console.IsErrorRedirected ? null : AnsiConsole.Console);

    public static VerbConsole Plain(TextWriter output, TextWriter errors) => new(output, errors, null);

    /// <summary>The terminal, unless the verb was asked for JSON: then the output stays plain for whatever reads it.</summary>
    public IAnsiConsole? TerminalUnless(bool json) => json ? null : Terminal;
}
