using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;
using LeadershipModel.Scoring;

namespace LeadershipModel.Interactive.Html;

/// <summary>Formats reliability results: <see cref="AlphaResult"/>, a list of them, and <see cref="ScoreItemsResult"/>.</summary>
internal static class ReliabilityHtml
{
    private static readonly string[] SummaryColumns =
        ["Scale", "Items", "n", "Raw alpha", "Std. alpha", "G6 (smc)", "Average r", "Median r", "S/N", "ase", "Feldt 95% lower", "Feldt 95% upper", "Mean", "SD"];

    public static void WriteAlpha(AlphaResult result, LeadershipModelFormatterOptions options, TextWriter writer)
    {
        var html = new HtmlWriter(writer, options.StatisticsDecimals);
        html.OpenOutput("leadership-model-reliability");
        html.OpenTable("leadership-model-alpha", "Reliability of " + result.Scale.Name, SummaryColumns);
        SummaryRow(html, result);
        html.CloseTable();
        html.OpenTable(
            "leadership-model-alpha-items",
            "Item statistics and reliability if an item is dropped",
            "Item", "n", "Mean", "SD", "raw.r", "std.r", "r.cor", "r.drop", "Raw alpha if dropped", "Std. alpha if dropped", "G6 if dropped", "Average r if dropped");
        foreach (var item in result.Items)
        {
            html.Row(
                item.Key, HtmlWriter.Integer(item.Count), html.Number(item.Mean), html.Number(item.StandardDeviation),
                html.Number(item.RawR), html.Number(item.StandardizedR), html.Number(item.CorrectedR), html.Number(item.RDrop),
                html.Number(item.IfDropped.RawAlpha), html.Number(item.IfDropped.StandardizedAlpha), html.Number(item.IfDropped.Lambda6), html.Number(item.IfDropped.AverageR));
        }

        html.CloseTable();
        if (result.ZeroVarianceItems.Count > 0)
        {
            html.Raw("<p>Left out of the matrices for zero variance: ");
            html.Text(string.Join(", ", result.ZeroVarianceItems));
            html.Raw("</p>");
        }

        html.CloseOutput();
    }

    public static void WriteAlphas(IEnumerable<AlphaResult> results, LeadershipModelFormatterOptions options, TextWriter writer)
    {
        var html = new HtmlWriter(writer, options.StatisticsDecimals);
        html.OpenOutput("leadership-model-reliability");
        html.OpenTable("leadership-model-alpha", "Reliability", SummaryColumns);
        foreach (var result in results)
        {
            SummaryRow(html, result);
        }

        html.CloseTable();
        html.CloseOutput();
    }

    public static void WriteScoreItems(ScoreItemsResult result, LeadershipModelFormatterOptions options, TextWriter writer)
    {
        var html = new HtmlWriter(writer, options.StatisticsDecimals);
        var caption = "Scale statistics (scoreItems): " + HtmlWriter.Integer(result.RespondentCount) + " respondents, missing answers: " + result.Impute switch { ImputationMethod.ItemMedian => "median", ImputationMethod.ItemMean => "mean", _ => "none" };
        html.OpenOutput("leadership-model-reliability");
        html.OpenTable("leadership-model-score-items", caption, "Scale", "Items", "Alpha", "G6 (smc)", "Average r", "Median r", "S/N", "ase", "Corrected item-total r", "Check keying");
        foreach (var s in result.Scales)
        {
            var itemTotal = string.Join(", ", s.ItemTotalCorrelations.Select(i => i.Key + " " + html.Number(i.CorrectedR)));
            html.Row(
                s.Scale.Name, HtmlWriter.Integer(s.ItemCount), html.Number(s.Alpha), html.Number(s.Lambda6), html.Number(s.AverageR),
                html.Number(s.MedianR), html.Number(s.SignalToNoise), html.Number(s.StandardError), itemTotal, string.Join(", ", s.SuspectedUnreversedItems));
        }

        html.CloseTable();
        html.CloseOutput();
    }

    public static void WriteAlphaPlain(AlphaResult result, LeadershipModelFormatterOptions options, TextWriter writer)
    {
        var html = new HtmlWriter(TextWriter.Null, options.StatisticsDecimals);
        writer.Write(result.Scale.Name + ": raw alpha " + html.Number(result.RawAlpha) + ", std. alpha " + html.Number(result.StandardizedAlpha)
            + ", G6 " + html.Number(result.Lambda6) + ", average r " + html.Number(result.AverageR)
            + " (" + HtmlWriter.Integer(result.ItemCount) + " items, n = " + HtmlWriter.Integer(result.RespondentCount) + ")");
    }

    private static void SummaryRow(HtmlWriter html, AlphaResult r) => html.Row(
        r.Scale.Name, HtmlWriter.Integer(r.ItemCount), HtmlWriter.Integer(r.RespondentCount), html.Number(r.RawAlpha), html.Number(r.StandardizedAlpha),
        html.Number(r.Lambda6), html.Number(r.AverageR), html.Number(r.MedianR), html.Number(r.SignalToNoise), html.Number(r.StandardError),
        html.Number(r.FeldtLower), html.Number(r.FeldtUpper), html.Number(r.Mean), html.Number(r.StandardDeviation));
}
