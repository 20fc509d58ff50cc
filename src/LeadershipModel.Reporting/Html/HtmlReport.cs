using System.Globalization;
using LeadershipModel.Internal;
using LeadershipModel.Reporting.Charts;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Html;

/// <summary>
/// Renders profiles as one self-contained HTML document: a table of contents, then a section per profile with
/// its facts, the radar chart as inline SVG, the dimensions with orientation bars, and the overall indices,
/// authority, constructs, norms, diagnostics, host sections and provenance.
/// </summary>
/// <remarks>
/// <para>The document loads nothing: the style sheet is inline, the chart is inline SVG, and there is no script.
/// A Content-Security-Policy meta element forbids scripts and every external resource besides. Every name, id,
/// label (including the chart's), message and extension value is HTML-encoded, so a respondent id such as
/// <c>&lt;script&gt;</c> shows as text. Anchors are numbered (<c>profile-1</c>, …), never taken from ids.</para>
/// <para>Output is deterministic: the same profiles and options give the same text. Lines end with <c>\n</c>.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static partial class HtmlReport
{
    /// <summary>Renders one profile as a self-contained HTML document.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="dimensions">The dimensions that name the profile's dimension ids (an id the set lacks is shown as is).</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(LeadershipProfile profile, DimensionSet dimensions, ReportOptions? options = null)
        => RenderAll([Preconditions.NotNull(profile)], dimensions, options);

    /// <summary>Writes one profile as a self-contained HTML document.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="dimensions">The dimensions that name the profile's dimension ids.</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    public static void Write(TextWriter writer, LeadershipProfile profile, DimensionSet dimensions, ReportOptions? options = null)
        => WriteAll(writer, [Preconditions.NotNull(profile)], dimensions, options);

    /// <summary>Renders profiles into one HTML document.</summary>
    /// <param name="profiles">The profiles, in the order they appear.</param>
    /// <param name="dimensions">The dimensions that name the profiles' dimension ids (an id the set lacks is shown as is).</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The HTML document.</returns>
    public static string RenderAll(IEnumerable<LeadershipProfile> profiles, DimensionSet dimensions, ReportOptions? options = null)
        => ReportText.Render(writer => WriteAll(writer, profiles, dimensions, options));

    /// <summary>Writes profiles as one HTML document.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="profiles">The profiles, in the order they appear; enumerated once.</param>
    /// <param name="dimensions">The dimensions that name the profiles' dimension ids.</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    public static void WriteAll(TextWriter writer, IEnumerable<LeadershipProfile> profiles, DimensionSet dimensions, ReportOptions? options = null)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(dimensions);
        var list = Preconditions.NotNull(profiles).ToList();
        options ??= ReportOptions.Default;
        var html = new HtmlLayout(writer);
        html.Open(options.Title);
        if (list.Count == 0)
        {
            html.Line("<p>No profiles.</p>");
        }
        else
        {
            html.Line("<nav aria-label=\"Contents\"><h2>Contents</h2><ol>");
            for (var i = 0; i < list.Count; i++)
            {
                html.Line($"<li><a href=\"#{Anchor(i)}\">{HtmlText.Encode(Heading(list[i]))}</a></li>");
            }

            html.Line("</ol></nav>");
        }

        for (var i = 0; i < list.Count; i++)
        {
            WriteProfile(html, list[i], Anchor(i), dimensions, options);
        }

        html.Line("</body>");
        html.Line("</html>");
    }

    private static string Anchor(int index) => "profile-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Heading(LeadershipProfile profile) => profile.RespondentId == profile.TargetId
        ? profile.RespondentId
        : profile.TargetId + " (rated by " + profile.RespondentId + ")";

    private static void WriteProfile(HtmlLayout html, LeadershipProfile profile, string anchor, DimensionSet dimensions, ReportOptions options)
    {
        html.Line($"<section class=\"profile\" id=\"{anchor}\">");
        html.Line("<h2>" + HtmlText.Encode(Heading(profile)) + "</h2>");
        html.Line("<dl class=\"facts\">");
        foreach (var (label, value) in HeaderFacts.Of(profile))
        {
            html.Line("<dt>" + HtmlText.Encode(label) + "</dt><dd>" + HtmlText.Encode(value) + "</dd>");
        }

        html.Line("</dl>");
        if (options.IncludeChart && profile.Dimensions.Count > 0)
        {
            var chart = options.Chart;
            var svg = RadarChart.ToSvg(profile, dimensions, chart, anchor + "-chart-");
            html.Line("<figure class=\"chart\">");
            var caption = ChartCaption(profile, dimensions, chart);
            html.Line(SvgIds.ForInlineHtml(svg, chart.Width, chart.Height, caption));
            html.Line("<figcaption class=\"note\">" + HtmlText.Encode(caption) + "</figcaption>");
            html.Line("</figure>");
        }

        WriteDimensions(html, profile, dimensions, options);
        foreach (var section in SectionRunner.Build(profile, dimensions, options))
        {
            html.Section(section);
        }

        html.Line("</section>");
    }

    private static string ChartCaption(LeadershipProfile profile, DimensionSet dimensions, RadarChartOptions chart)
    {
        var data = RadarChartData.Of(profile, dimensions, chart.LabelLineLength);
        var caption = data.Series.Count == 1
            ? "Orientation per dimension, mapped from [-1, 1] to [0, 1]: 0 is the management pole, 0.5 balanced, 1 the leadership pole. The instrument measures no M or L."
            : "Management strength M and leadership strength L per dimension, from 0 at the centre to 1 at the rim.";
        return data.LeftOut.Count == 0 ? caption : caption + " Measured by bipolar items only, so not charted: " + string.Join(", ", data.LeftOut) + ".";
    }

    private static void WriteDimensions(HtmlLayout html, LeadershipProfile profile, DimensionSet dimensions, ReportOptions options)
    {
        var n = options.Numbers;
        var views = DimensionView.Of(profile, dimensions);
        html.Line("<h3>Dimensions</h3>");
        if (views.Count == 0)
        {
            html.Line("<p>The instrument measures no dimension.</p>");
            return;
        }

        html.Line("<table class=\"dimensions\">");
        html.Line("<thead><tr><th>#</th><th>Dimension</th><th>Management pole</th><th>M</th><th>Leadership pole</th><th>L</th><th>Orientation (L &#8722; M)</th><th>Integration</th><th>Quadrant</th><th>Marks</th></tr></thead>");
        html.Line("<tbody>");
        foreach (var v in views)
        {
            var p = v.Position;
            var orientation = Bar(p.Orientation) + HtmlText.Encode(n.Signed(p.Orientation));
            if (v.SideBipolar is { } b)
            {
                orientation += " <span class=\"note\">(bipolar " + HtmlText.Encode(n.Signed(b)) + ")</span>";
            }
            else if (!p.HasStrengths && p.Orientation.HasValue)
            {
                orientation += " <span class=\"note\">(bipolar only)</span>";
            }

            var marks = string.Concat(HeaderFacts.Marks(v.Score).Select(m => "<span class=\"mark-label\">" + HtmlText.Encode(m) + "</span>"));
            html.Line("<tr>"
                + Cell(n.Integer(v.Number), numeric: true)
                + Cell(v.Name)
                + Cell(v.ManagementLabel)
                + Cell(p.Management is { } m ? NormMarks.Pole(profile, v.Score.DimensionId, Norms.IndexIds.Management, m, n) : string.Empty, numeric: true)
                + Cell(v.LeadershipLabel)
                + Cell(p.Leadership is { } l ? NormMarks.Pole(profile, v.Score.DimensionId, Norms.IndexIds.Leadership, l, n) : string.Empty, numeric: true)
                + "<td>" + orientation + "</td>"
                + Cell(p.HasStrengths ? n.Value(p.Integration) : string.Empty, numeric: true)
                + Cell(p.HasStrengths ? Labels.Of(p.Quadrant) : string.Empty)
                + "<td>" + marks + "</td>"
                + "</tr>");
        }

        html.Line("</tbody>");
        html.Line("</table>");
        if (views.Any(v => v.Score.IsWeak || v.Score.IsBorderline))
        {
            html.Line("<p class=\"note\">" + HtmlText.Encode(HeaderFacts.MarksLegend) + "</p>");
        }

        if (NormMarks.Legend(profile) is { } legend)
        {
            html.Line("<p class=\"note\">" + HtmlText.Encode(legend) + "</p>");
        }
    }

    private static string Cell(string text, bool numeric = false) => (numeric ? "<td class=\"num\">" : "<td>") + HtmlText.Encode(text) + "</td>";

    private static string Bar(double? orientation)
    {
        if (orientation is not { } o)
        {
            return string.Empty;
        }

        var left = ((Math.Clamp(o, -1, 1) + 1) * 50).ToString("F1", CultureInfo.InvariantCulture);
        return $"<span class=\"bar\" aria-hidden=\"true\"><span class=\"centre\"></span><span class=\"mark\" style=\"left: {left}%\"></span></span>";
    }
}
