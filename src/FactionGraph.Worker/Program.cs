using FactionGraph.Worker;
using FactionGraph.Worker.Cli;

// With no verb (or only --Section:Key=value settings) the worker runs as a service; otherwise a verb runs (see Cli/WorkerCli).
if (args.Length == 0 || (args[0].StartsWith("--") && args[0] is not ("--help" or "--version")))
    return await WorkerHost.RunAsync(args);
return await WorkerCli.RunAsync(args is ["help", .. var rest] ? [.. rest, "--help"] : args, VerbConsole.ForProcess());
