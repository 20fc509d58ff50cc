using LeadershipModel.Feedback;
using LeadershipModel.Internal;
using LeadershipModel.Reporting.Charts;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Sections;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Pdf;

/// <summary>
/// Paginated PDF reports: one person's 360 feedback, or one profile. A title page, the radar chart, the sections as
/// headings, paragraphs and tables that break across pages with repeated headers, and the explanations; laid out by
/// <see cref="PdfDocumentBuilder"/>.
/// </summary>
/// <remarks>This type is stateless and thread-safe: every call builds its own document.</remarks>
public static class PdfReport
{
    /// <summary>Writes one person's feedback as a PDF.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="document">The document the person's feedback belongs to.</param>
    /// <param name="target">The person's feedback.</param>
    /// <param name="dimensions">The instrument's dimensions, for their names.</param>
    public static void WriteFeedback(Stream stream, FeedbackDocument document, TargetFeedback target, DimensionSet dimensions)
    {
        Preconditions.NotNull(stream);
        Preconditions.NotNull(document);
        Preconditions.NotNull(target);
        Preconditions.NotNull(dimensions);
        var title = FeedbackReportWriter.Title(target);
        var pdf = new PdfDocumentBuilder(title).TitlePage(title,
        [
            $"{document.InstrumentName} ({document.InstrumentId} {document.InstrumentVersion})",
            FeedbackContent.ValidationNotice(document),
            $"No rater is named. Peers, direct reports and others are shown only in groups of at least {document.Options.AnonymityThreshold} people.",
        ]);
        var sections = FeedbackContent.Sections(document, target, dimensions);
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            pdf.Heading(section.Title, newPage: i == 0 || section.Title is "Every item by group" or "Development plan" or "What the numbers mean");
            // The title page states the validation status, so "About this report" does not repeat it.
            foreach (var p in section.Paragraphs.Where(p => p != FeedbackContent.ValidationNotice(document)))
            {
                pdf.Paragraph(p);
            }

            if (i == 1)
            {
                pdf.Image(RadarChart.FeedbackToPng(target, dimensions, RadarChartOptions.Default with { Width = 900, Height = 760 }), 0.95);
                pdf.Paragraph(RadarChart.FeedbackCaption(target));
            }

            foreach (var t in section.Tables)
            {
                pdf.Table(t);
            }
        }

        pdf.WriteTo(stream);
    }

    /// <summary>Writes one profile as a PDF: its facts, the radar chart, the dimensions and every report section.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="dimensions">The dimensions that name the profile's dimension ids.</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    public static void WriteProfile(Stream stream, LeadershipProfile profile, DimensionSet dimensions, ReportOptions? options = null)
    {
        Preconditions.NotNull(stream);
        Preconditions.NotNull(profile);
        Preconditions.NotNull(dimensions);
        options ??= ReportOptions.Default;
        var pdf = new PdfDocumentBuilder(options.Title)
            .TitlePage(options.Title, HeaderFacts.Of(profile).Select(f => f.Label + ": " + f.Value));
        pdf.Heading("Radar chart", newPage: true);
        pdf.Image(RadarChart.ToPng(profile, dimensions, options.Chart with { Width = 900, Height = 760 }), 0.95);
        var n = options.Numbers;
        var rows = DimensionView.Of(profile, dimensions).Select(v => new[]
        {
            v.Name, v.ManagementLabel, n.Value(v.Position.Management), v.LeadershipLabel, n.Value(v.Position.Leadership),
            n.Signed(v.Position.Orientation), n.Value(v.Position.Integration), v.Position.HasStrengths ? Labels.Of(v.Position.Quadrant) : "–",
        });
        pdf.Heading("Dimensions");
        pdf.Table(ReportTable.Create(["dimension", "management pole", "M", "leadership pole", "L", "orientation", "integration", "quadrant"], rows));
        foreach (var section in SectionRunner.Build(profile, dimensions, options))
        {
            pdf.Section(section);
        }

        pdf.WriteTo(stream);
    }
}
