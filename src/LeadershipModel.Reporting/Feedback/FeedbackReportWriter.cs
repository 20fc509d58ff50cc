using System.Globalization;
using LeadershipModel.Feedback;
using LeadershipModel.Reporting.Charts;
using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting.Markdown;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;
using LeadershipModel.Reporting.Text;

namespace LeadershipModel.Reporting.Feedback;

/// <summary>
/// Renders one person's feedback (<see cref="TargetFeedback"/>) as plain text, Markdown or a self-contained HTML
/// page: others' view first, self beside it, items, blind spots and hidden strengths, authority as others see it,
/// withheld groups, a development plan and what every index means, with the instrument's validation status.
/// </summary>
/// <remarks>
/// <para>Only what the document holds is shown, so no rater id appears and no group below the anonymity threshold.
/// Every text (item wording, target id) is escaped for the format: Markdown specials are backslash-escaped, HTML is
/// encoded, and control characters are replaced in plain text.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class FeedbackReportWriter
{
    private const string TableWrapCss = ".table-wrap { max-width: 100%; overflow-x: auto; }";
    private const string ChartCss = "figure.chart { margin: 1rem auto; text-align: center; }";
    private const string NoticeCss = ".notice { background: #fff1c2; border: 1px solid #e3c35a; padding: 0.5rem 0.8rem; border-radius: 0.3rem; }";

    /// <summary>Writes the report as plain text.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="document">The document the person's feedback belongs to.</param>
    /// <param name="target">The person's feedback.</param>
    /// <param name="dimensions">The instrument's dimensions, for their names.</param>
    public static void WriteText(TextWriter writer, FeedbackDocument document, TargetFeedback target, DimensionSet dimensions)
    {
        Check(writer, document, target, dimensions);
        var text = new TextLayout(writer);
        text.Underlined(Title(target), '=');
        foreach (var section in FeedbackContent.Sections(document, target, dimensions))
        {
            text.Line();
            text.Section(section);
        }
    }

    /// <summary>Writes the report as Markdown.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="document">The document the person's feedback belongs to.</param>
    /// <param name="target">The person's feedback.</param>
    /// <param name="dimensions">The instrument's dimensions, for their names.</param>
    public static void WriteMarkdown(TextWriter writer, FeedbackDocument document, TargetFeedback target, DimensionSet dimensions)
    {
        Check(writer, document, target, dimensions);
        var markdown = new MarkdownLayout(writer);
        markdown.Line("# " + MarkdownText.Escape(Title(target)));
        foreach (var section in FeedbackContent.Sections(document, target, dimensions))
        {
            markdown.Line();
            markdown.Section(section);
        }
    }

    /// <summary>Writes the report as one self-contained HTML page (inline style, inline SVG radar chart, no script).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="document">The document the person's feedback belongs to.</param>
    /// <param name="target">The person's feedback.</param>
    /// <param name="dimensions">The instrument's dimensions, for their names.</param>
    public static void WriteHtml(TextWriter writer, FeedbackDocument document, TargetFeedback target, DimensionSet dimensions)
    {
        Check(writer, document, target, dimensions);
        var html = new HtmlLayout(writer);
        var title = Title(target);
        html.Open(
            title,
            TableWrapCss,
            ChartCss,
            NoticeCss);
        WriteBody(html, document, target, dimensions, "feedback-chart-");
        html.Line("</body>");
        html.Line("</html>");
    }

    /// <summary>
    /// Renders the report as an HTML fragment to embed in a host's own page (a web app's feedback page): the same
    /// sections and radar chart as <see cref="WriteHtml"/>, wrapped in a <c>div</c> with a style sheet scoped to it,
    /// without the document, head or title.
    /// </summary>
    /// <param name="document">The document the person's feedback belongs to.</param>
    /// <param name="target">The person's feedback.</param>
    /// <param name="dimensions">The instrument's dimensions, for their names.</param>
    /// <param name="idPrefix">
    /// The prefix of every element id in the fragment (the chart's clip paths), so that it cannot collide with the
    /// host page's ids: an ASCII letter followed by letters, digits, <c>-</c> or <c>_</c>.
    /// </param>
    /// <returns>The fragment; every text in it is encoded, as in <see cref="WriteHtml"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="idPrefix"/> is not a valid id prefix.</exception>
    public static string RenderFragment(FeedbackDocument document, TargetFeedback target, DimensionSet dimensions, string idPrefix = "feedback-")
    {
        ArgumentNullException.ThrowIfNull(idPrefix);
        Check(TextWriter.Null, document, target, dimensions);
        if (!HtmlReport.IsIdPrefix(idPrefix))
        {
            throw new ArgumentException("An id prefix is an ASCII letter followed by ASCII letters, digits, '-' or '_'.", nameof(idPrefix));
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var html = new HtmlLayout(writer);
        var scope = "." + HtmlReport.FragmentClass;
        html.Line("<div class=\"" + HtmlReport.FragmentClass + "\">");
        html.Line("<style>");
        html.Line(HtmlStyles.Scoped(scope));
        html.Line(scope + " " + TableWrapCss);
        html.Line(scope + " " + ChartCss);
        html.Line(scope + " " + NoticeCss);
        html.Line("</style>");
        WriteBody(html, document, target, dimensions, idPrefix + "chart-");
        html.Line("</div>");
        return writer.ToString();
    }

    /// <summary>Renders the report as a string in one of the text formats.</summary>
    /// <param name="format"><c>table</c> (plain text), <c>markdown</c> or <c>html</c>.</param>
    /// <param name="document">The document the person's feedback belongs to.</param>
    /// <param name="target">The person's feedback.</param>
    /// <param name="dimensions">The instrument's dimensions, for their names.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The format is not one of the three.</exception>
    public static string Render(string format, FeedbackDocument document, TargetFeedback target, DimensionSet dimensions)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        switch (format)
        {
            case "table":
                WriteText(writer, document, target, dimensions);
                break;
            case "markdown":
                WriteMarkdown(writer, document, target, dimensions);
                break;
            case "html":
                WriteHtml(writer, document, target, dimensions);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "The format is table, markdown or html.");
        }

        return writer.ToString();
    }

    internal static string Title(TargetFeedback target) => $"360 feedback for {target.TargetId}";

    private static void WriteBody(HtmlLayout html, FeedbackDocument document, TargetFeedback target, DimensionSet dimensions, string chartIdPrefix)
    {
        // An unvalidated instrument's notice is a banner at the top, so "About this report" does not repeat it.
        var notice = document.IsValidated ? null : FeedbackContent.ValidationNotice(document);
        if (notice is not null)
        {
            html.Line("<p class=\"notice\">" + HtmlText.Encode(notice) + "</p>");
        }

        var sections = FeedbackContent.Sections(document, target, dimensions);
        for (var i = 0; i < sections.Count; i++)
        {
            WriteSection(html, sections[i], notice);
            if (i == 1)
            {
                var options = RadarChartOptions.Default;
                var svg = RadarChart.FeedbackToSvg(target, dimensions, options, chartIdPrefix);
                html.Line("<figure class=\"chart\">");
                var caption = RadarChart.FeedbackCaption(target);
                html.Line(SvgIds.ForInlineHtml(svg, options.Width, options.Height, caption));
                html.Line("<figcaption class=\"note\">" + HtmlText.Encode(caption) + "</figcaption>");
                html.Line("</figure>");
            }
        }
    }

    private static void WriteSection(HtmlLayout html, ReportSectionContent section, string? shownAsBanner)
    {
        html.Line("<h2>" + HtmlText.Encode(section.Title) + "</h2>");
        foreach (var paragraph in section.Paragraphs.Where(p => p != shownAsBanner))
        {
            html.Line("<p>" + HtmlText.Encode(paragraph) + "</p>");
        }

        foreach (var table in section.Tables)
        {
            html.Line("<div class=\"table-wrap\"><table>");
            if (table.Caption is { } caption)
            {
                html.Line("<caption>" + HtmlText.Encode(caption) + "</caption>");
            }

            html.Line("<thead><tr>" + string.Concat(table.Columns.Select(c => "<th>" + HtmlText.Encode(c) + "</th>")) + "</tr></thead>");
            html.Line("<tbody>");
            foreach (var row in table.Rows)
            {
                html.Line("<tr>" + string.Concat(row.Select(c => "<td>" + HtmlText.Encode(c) + "</td>")) + "</tr>");
            }

            html.Line("</tbody>");
            html.Line("</table></div>");
        }
    }

    private static void Check(TextWriter writer, FeedbackDocument document, TargetFeedback target, DimensionSet dimensions)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(dimensions);
    }
}
