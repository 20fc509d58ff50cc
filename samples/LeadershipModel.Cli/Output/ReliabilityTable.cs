using LeadershipModel.Analysis.Reliability;
using Spectre.Console;

namespace LeadershipModel.Cli.Output;

/// <summary>Reliability results as terminal tables, in psych's layout.</summary>
internal static class ReliabilityTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<AlphaResult> results, int rows)
    {
        foreach (var r in results)
        {
            console.Write(new Rule($"[bold]{Markup.Escape(r.Scale.ToString())}[/]") { Justification = Justify.Left });
            var summary = new Table().Border(TableBorder.Simple);
            foreach (var column in new[] { "raw alpha", "std.alpha", "G6(smc)", "average r", "median r", "S/N", "ase", "95% CI (Feldt)", "mean", "sd", "n" })
            {
                summary.AddColumn(new TableColumn(column).RightAligned());
            }

            summary.AddRow(
                Numbers.Short(r.RawAlpha, 3), Numbers.Short(r.StandardizedAlpha, 3), Numbers.Short(r.Lambda6, 3), Numbers.Short(r.AverageR, 3),
                Numbers.Short(r.MedianR, 3), Numbers.Short(r.SignalToNoise, 2), Numbers.Short(r.StandardError, 4),
                $"{Numbers.Short(r.FeldtLower, 3)}–{Numbers.Short(r.FeldtUpper, 3)}", Numbers.Short(r.Mean, 2), Numbers.Short(r.StandardDeviation, 2),
                rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
            console.Write(summary);

            var items = new Table().Border(TableBorder.Simple).Title("item statistics");
            foreach (var column in new[] { "item", "n", "mean", "sd", "raw.r", "std.r", "r.drop", "alpha if dropped" })
            {
                items.AddColumn(new TableColumn(column).RightAligned());
            }

            foreach (var item in r.Items)
            {
                var flag = item.RDrop < 0 ? " [yellow](looks unreversed)[/]" : "";
                items.AddRow(
                    Markup.Escape(item.Key) + flag, item.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Numbers.Short(item.Mean, 2), Numbers.Short(item.StandardDeviation, 2),
                    Numbers.Short(item.RawR, 3), Numbers.Short(item.StandardizedR, 3), Numbers.Short(item.RDrop, 3), Numbers.Short(item.IfDropped.RawAlpha, 3));
            }

            console.Write(items);
            if (r.ZeroVarianceItems.Count > 0)
            {
                console.MarkupLine($"[yellow]Items with zero variance were left out of the correlations:[/] {Markup.Escape(string.Join(", ", r.ZeroVarianceItems))}");
            }

            if (r.Note is { } note)
            {
                console.MarkupLine($"[yellow]Note:[/] {Markup.Escape(note)}");
            }
        }
    }
}
