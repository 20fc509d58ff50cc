using LeadershipModel.Feedback;
using LeadershipModel.Norms;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Reporting;

namespace LeadershipModel.Interactive.Html;

/// <summary>Formats a 360 <see cref="FeedbackReport"/>: the published rater groups and the self–other gaps. Only what the report publishes is shown.</summary>
internal static class FeedbackReportHtml
{
    public static void Write(FeedbackReport report, LeadershipModelFormatterOptions options, TextWriter writer)
    {
        var html = new HtmlWriter(writer, options.StatisticsDecimals);
        html.OpenOutput("leadership-model-feedback");
        html.OpenTable("leadership-model-feedback-groups", $"360 feedback for {report.TargetId}: rater groups (anonymity threshold {report.AnonymityThreshold})",
            "Group", "n", "Management", "Leadership", "Orientation", "Integration");
        foreach (var group in report.Groups)
        {
            html.Row(
                FeedbackSection.GroupName(group.Kind), HtmlWriter.Integer(group.RaterCount),
                html.Number(group.Get(IndexIds.Management)?.Mean), html.Number(group.Get(IndexIds.Leadership)?.Mean),
                html.Number(group.Get(IndexIds.Orientation)?.Mean), html.Number(group.Get(IndexIds.Integration)?.Mean));
        }

        html.CloseTable();
        if (report.MergedRaterCount > 0 || report.WithheldRaterCount > 0)
        {
            html.Raw("<p>");
            html.Text($"{report.MergedRaterCount} rater(s) merged into \"other raters (combined)\"; {report.WithheldRaterCount} withheld to keep small groups anonymous.");
            html.Raw("</p>");
        }

        if (report.Gaps.Count > 0)
        {
            html.OpenTable("leadership-model-feedback-gaps", $"Self–other gaps (agreement within ±{html.Number(report.AgreementMargin)})",
                "Index", "Self", "Others", "n", "Gap", "Agreement");
            foreach (var gap in report.Gaps)
            {
                html.Row(gap.IndexId, html.Number(gap.Self), html.Number(gap.Others), HtmlWriter.Integer(gap.OthersCount), html.Number(gap.Gap), gap.Agreement.ToString());
            }

            html.CloseTable();
        }

        html.CloseOutput();
    }
}
