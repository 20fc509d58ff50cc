using LeadershipModel.Internal;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Text;

/// <summary>
/// Renders a profile as plain text for a terminal: per dimension both pole labels, M and L, an orientation bar
/// (<c>◀─────┼──●──▶</c>, or ASCII), the orientation, integration and quadrant, with weak and borderline marks;
/// then the overall indices, authority, constructs, norms, diagnostics, host sections and provenance.
/// </summary>
/// <remarks>
/// <para>The text has no colour codes (a command line adds its own); control characters in names and ids are
/// replaced by spaces, so a name cannot move the cursor or colour the terminal. Lines end with <c>\n</c> on every
/// platform. A dimension measured only by bipolar items shows its orientation and no M or L.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class TextReport
{
    /// <summary>Renders one profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="dimensions">The dimensions that name the profile's dimension ids (an id the set lacks is shown as is).</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    public static string Render(LeadershipProfile profile, DimensionSet dimensions, ReportOptions? options = null)
        => ReportText.Render(writer => Write(writer, profile, dimensions, options));

    /// <summary>Renders the reports of many profiles one after another, as <see cref="WriteAll"/> writes them.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <param name="dimensions">The dimensions that name the profiles' dimension ids (an id the set lacks is shown as is).</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The reports.</returns>
    public static string RenderAll(IEnumerable<LeadershipProfile> profiles, DimensionSet dimensions, ReportOptions? options = null)
        => ReportText.Render(writer => WriteAll(writer, profiles, dimensions, options));

    /// <summary>Writes one profile's report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="dimensions">The dimensions that name the profile's dimension ids.</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    public static void Write(TextWriter writer, LeadershipProfile profile, DimensionSet dimensions, ReportOptions? options = null)
    {
        options = ReportText.Checked(writer, profile, dimensions, options);
        var text = new TextLayout(writer);
        text.Underlined(options.Title, '=');
        foreach (var (label, value) in HeaderFacts.Of(profile))
        {
            text.Line(label + ": " + value);
        }

        text.Line();
        WriteDimensions(text, profile, dimensions, options);
        foreach (var section in SectionRunner.Build(profile, dimensions, options))
        {
            text.Line();
            text.Section(section);
        }
    }

    /// <summary>Writes the reports of many profiles one after another, streaming: each profile is written as it is enumerated.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="profiles">The profiles.</param>
    /// <param name="dimensions">The dimensions that name the profiles' dimension ids.</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    public static void WriteAll(TextWriter writer, IEnumerable<LeadershipProfile> profiles, DimensionSet dimensions, ReportOptions? options = null)
        => ReportText.WriteAll(writer, profiles, "\n", profile => Write(writer, profile, dimensions, options));

    private static void WriteDimensions(TextLayout text, LeadershipProfile profile, DimensionSet dimensions, ReportOptions options)
    {
        var n = options.Numbers;
        var views = DimensionView.Of(profile, dimensions);
        text.Underlined("Dimensions", '-');
        if (views.Count == 0)
        {
            text.Line("The instrument measures no dimension.");
            return;
        }

        var numberWidth = views.Count.ToString(n.Culture).Length;
        var lefts = views.Select(v => v.ManagementLabel + (v.Position.Management is { } m ? "  M " + NormMarks.Pole(profile, v.Score.DimensionId, Norms.IndexIds.Management, m, n) : string.Empty)).ToList();
        var leftWidth = lefts.Max(l => l.Length);
        var anyMarks = false;
        foreach (var v in views)
        {
            var marks = HeaderFacts.Marks(v.Score);
            anyMarks |= marks.Count > 0;
            var number = v.Number.ToString(n.Culture).PadLeft(numberWidth);
            text.Line(number + ". " + v.Name + string.Concat(marks.Select(m => " [" + m + "]")));

            var indent = new string(' ', numberWidth + 2);
            var p = v.Position;
            var bar = OrientationBar.Draw(p.Orientation, options.BarWidth, options.AsciiOnly);
            // Right-aligned, so that every bar starts in the same column.
            var left = lefts[v.Number - 1].PadLeft(leftWidth);
            var right = (p.Leadership is { } l ? "L " + NormMarks.Pole(profile, v.Score.DimensionId, Norms.IndexIds.Leadership, l, n) + "  " : string.Empty) + v.LeadershipLabel;
            text.Line(indent + left + "  " + bar + "  " + right);

            var details = "orientation " + n.Signed(p.Orientation);
            if (v.SideBipolar is { } b)
            {
                details += " (bipolar items " + n.Signed(b) + ")";
            }
            else if (!p.HasStrengths && p.Orientation.HasValue)
            {
                details += " (bipolar items only)";
            }

            if (p.HasStrengths)
            {
                details += "   integration " + n.Value(p.Integration) + "   quadrant " + Labels.Of(p.Quadrant);
            }

            text.Line(indent + details);
        }

        if (anyMarks)
        {
            text.Line();
            text.Line("Marks: " + HeaderFacts.MarksLegend);
        }

        if (NormMarks.Legend(profile) is { } legend)
        {
            text.Line();
            text.Line(legend);
        }
    }
}
