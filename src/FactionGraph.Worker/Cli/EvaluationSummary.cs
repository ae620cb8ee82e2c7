using System.Globalization;
using FactionGraph.Worker.Evaluation;
using Spectre.Console;

namespace FactionGraph.Worker.Cli;

/// <summary>The figures of an evaluation as tables, for a person at a terminal (scripts get the plain report).</summary>
public static class EvaluationSummary
{
    public static void Show(IAnsiConsole terminal, CorpusScore score, bool showErrors)
    {
        var table = ScoreTable($"{score.Passages} passages", "type");
        foreach (var (type, s) in score.ByType) Row(table, type, s.Precision, s.Recall, s.F1, s, bold: false);
        Row(table, "OVERALL", score.Overall.Precision, score.Overall.Recall, score.Overall.F1, score.Overall, bold: true);
        table.Caption(string.Create(CultureInfo.InvariantCulture,
            $"stance accuracy {score.StanceAccuracy:F3} ({score.StanceCorrect}/{score.Overall.TruePositives}) · entity-id accuracy {score.EntityAccuracy:F3} ({score.EntitiesResolved}/{score.EntitiesGold})"));
        terminal.Write(table);
        if (showErrors) foreach (var e in score.Errors) terminal.MarkupLine("  " + Markup.Escape(e));
    }

    public static void Show(IAnsiConsole terminal, RealTextScore score)
    {
        var table = ScoreTable($"{score.Part}: {score.Excerpts} excerpts", "scoring and type");
        foreach (var (name, s) in score.ByType)
        {
            var (p, r, f) = RealTextScore.Ratios(s);
            Row(table, name, p, r, f, s, bold: name.EndsWith(" ALL", StringComparison.Ordinal));
        }
        table.Caption(string.Create(CultureInfo.InvariantCulture,
            $"factions found {score.FactionsFoundShare:F2} · denials read {score.DeniedRead}/{score.DeniedGold} · traps hit {score.TrapsHit}"));
        terminal.Write(table);
    }

    static Table ScoreTable(string title, string first)
    {
        var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Rounded).AddColumn(first);
        foreach (var column in new[] { "P", "R", "F1", "tp", "fp", "fn" }) table.AddColumn(new TableColumn(column).RightAligned());
        return table;
    }

    static void Row(Table table, string name, double precision, double recall, double f1, TypeScore s, bool bold)
    {
        string[] cells =
        [
            name,
            .. new[] { precision, recall, f1 }.Select(v => v.ToString("F3", CultureInfo.InvariantCulture)),
            .. new[] { s.TruePositives, s.FalsePositives, s.FalseNegatives }.Select(v => v.ToString(CultureInfo.InvariantCulture)),
        ];
        table.AddRow(cells.Select(c => bold ? $"[bold]{Markup.Escape(c)}[/]" : Markup.Escape(c)).ToArray());
    }
}
