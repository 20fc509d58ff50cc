using LeadershipModel.Internal;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Markdown;

/// <summary>
/// Renders a profile as Markdown: a table of the dimensions (pole labels, M, L, orientation with a bar,
/// integration, quadrant, marks), then the overall indices, authority, constructs, norms, diagnostics, host
/// sections and provenance as tables.
/// </summary>
/// <remarks>
/// <para>Every name, id and message is escaped: characters that Markdown would read as emphasis, code, links,
/// raw HTML or a table's cell border (<c>|</c>) are backslash-escaped, and line breaks become spaces. Lines end
/// with <c>\n</c>. A dimension measured only by bipolar items shows its orientation and no M or L.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class MarkdownReport
{
    /// <summary>Renders one profile as a Markdown document.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="dimensions">The dimensions that name the profile's dimension ids (an id the set lacks is shown as is).</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The Markdown document.</returns>
    public static string Render(LeadershipProfile profile, DimensionSet dimensions, ReportOptions? options = null)
        => ReportText.Render(writer => Write(writer, profile, dimensions, options));

    /// <summary>Renders many profiles as one Markdown document, the reports separated by horizontal rules as <see cref="WriteAll"/> writes them.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <param name="dimensions">The dimensions that name the profiles' dimension ids (an id the set lacks is shown as is).</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The Markdown document.</returns>
    public static string RenderAll(IEnumerable<LeadershipProfile> profiles, DimensionSet dimensions, ReportOptions? options = null)
        => ReportText.Render(writer => WriteAll(writer, profiles, dimensions, options));

    /// <summary>Writes one profile's report as Markdown.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="dimensions">The dimensions that name the profile's dimension ids.</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    public static void Write(TextWriter writer, LeadershipProfile profile, DimensionSet dimensions, ReportOptions? options = null)
    {
        options = ReportText.Checked(writer, profile, dimensions, options);
        var md = new MarkdownLayout(writer);
        md.Line("# " + MarkdownText.Escape(options.Title));
        md.Line();
        var header = HeaderFacts.Of(profile);
        md.Table(header.Select(h => MarkdownText.Escape(h.Label)).ToList(), [header.Select(h => MarkdownText.Escape(h.Value)).ToList()], null);
        md.Line();
        WriteDimensions(md, profile, dimensions, options);
        foreach (var section in SectionRunner.Build(profile, dimensions, options))
        {
            md.Line();
            md.Section(section);
        }
    }

    /// <summary>Writes the reports of many profiles one after another, streaming, separated by a horizontal rule.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="profiles">The profiles.</param>
    /// <param name="dimensions">The dimensions that name the profiles' dimension ids.</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    public static void WriteAll(TextWriter writer, IEnumerable<LeadershipProfile> profiles, DimensionSet dimensions, ReportOptions? options = null)
        => ReportText.WriteAll(writer, profiles, "\n---\n\n", profile => Write(writer, profile, dimensions, options));

    private static void WriteDimensions(MarkdownLayout md, LeadershipProfile profile, DimensionSet dimensions, ReportOptions options)
    {
        var n = options.Numbers;
        var views = DimensionView.Of(profile, dimensions);
        md.Line("## Dimensions");
        md.Line();
        if (views.Count == 0)
        {
            md.Line("The instrument measures no dimension.");
            return;
        }

        var rows = views.Select(v =>
        {
            var p = v.Position;
            // A pipe ends a table cell even inside a code span; GitHub reads the escaped one as a literal pipe.
            var bar = OrientationBar.Draw(p.Orientation, options.BarWidth, options.AsciiOnly).Replace("|", "\\|", StringComparison.Ordinal);
            var orientation = n.Signed(p.Orientation) + " `" + bar + "`";
            if (v.SideBipolar is { } b)
            {
                orientation += " (bipolar " + n.Signed(b) + ")";
            }
            else if (!p.HasStrengths && p.Orientation.HasValue)
            {
                orientation += " (bipolar only)";
            }

            return new List<string>
            {
                n.Integer(v.Number),
                MarkdownText.Escape(v.Name),
                MarkdownText.Escape(v.ManagementLabel),
                p.Management is { } m ? NormMarks.Pole(profile, v.Score.DimensionId, Norms.IndexIds.Management, m, n) : string.Empty,
                MarkdownText.Escape(v.LeadershipLabel),
                p.Leadership is { } l ? NormMarks.Pole(profile, v.Score.DimensionId, Norms.IndexIds.Leadership, l, n) : string.Empty,
                orientation,
                p.HasStrengths ? n.Value(p.Integration) : string.Empty,
                p.HasStrengths ? Labels.Of(p.Quadrant) : string.Empty,
                string.Join(", ", HeaderFacts.Marks(v.Score)),
            };
        }).ToList();
        md.Table(["#", "Dimension", "Management pole", "M", "Leadership pole", "L", "Orientation (L - M)", "Integration", "Quadrant", "Marks"], rows, null);
        if (views.Any(v => v.Score.IsWeak || v.Score.IsBorderline))
        {
            md.Line();
            md.Line("Marks: " + MarkdownText.Escape(HeaderFacts.MarksLegend));
        }

        if (NormMarks.Legend(profile) is { } legend)
        {
            md.Line();
            md.Line(MarkdownText.Escape(legend));
        }
    }
}
