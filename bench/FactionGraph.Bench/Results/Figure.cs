namespace FactionGraph.Bench.Results;

/// <summary>One measured number. <see cref="Key"/> is stable ("query.neighborhood.rps") so reports and ratios can find it.</summary>
public sealed record Figure(string Key, string Label, double Value, string Unit, string? Note = null);
