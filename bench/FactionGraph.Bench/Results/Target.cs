namespace FactionGraph.Bench.Results;

/// <summary>A goal from the issue, with what was measured against it.</summary>
public sealed record Target(string Name, string Goal, double? Measured, bool? Met, string Detail);
