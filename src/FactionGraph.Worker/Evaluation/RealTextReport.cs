namespace FactionGraph.Worker.Evaluation;

/// <summary>
/// Prints a <see cref="RealTextScore"/> line for line as score.py prints it, so the two outputs can be compared with
/// diff; with errors, the missed, spurious and trap relations of each excerpt follow.
/// </summary>
public static class RealTextReport
{
    public static void Print(RealTextScore score, TextWriter output, bool showErrors)
    {
        foreach (var (name, s) in score.ByType) output.WriteLine($"{name,-26} {Figures(s)}  (tp={s.TruePositives} fp={s.FalsePositives} fn={s.FalseNegatives})");
        foreach (var (conflict, s) in score.ByConflict) output.WriteLine($"conflict {conflict,-20} {Figures(s)}");
        var membership = RealTextScore.Ratios(score.ByType.GetValueOrDefault("lenient MEMBER_OF") ?? new TypeScore());
        var all = RealTextScore.Ratios(score.ByType.GetValueOrDefault("strict ALL") ?? new TypeScore());
        output.WriteLine($"{score.Part}: {score.Excerpts} excerpts ({score.WithoutOutput} without output): " +
            $"membership P={PythonFormat.Fixed2(membership.Precision)} R={PythonFormat.Fixed2(membership.Recall)}; " +
            $"all strict F1={PythonFormat.Fixed2(all.F1)}; factions found={PythonFormat.Fixed2(score.FactionsFoundShare)}; " +
            $"denials read={score.DeniedRead}/{score.DeniedGold}; traps hit={score.TrapsHit}");
        if (showErrors) foreach (var e in score.Errors) output.WriteLine("  " + e);
    }

    static string Figures(TypeScore s)
    {
        var (p, r, f) = RealTextScore.Ratios(s);
        return $"P={PythonFormat.Fixed2(p)} R={PythonFormat.Fixed2(r)} F1={PythonFormat.Fixed2(f)}";
    }
}
