using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting.Markdown;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Text;
using LeadershipModel.Reporting;
using LeadershipModel.Scoring;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// The readable reports (table, Markdown, HTML): one section per person — their self-assessment with the 19
/// dimensions, overall type and authority profile — and, where others rated them, the 360 groups and self–other
/// gaps under the anonymity rules. Individual raters' profiles are never shown.
/// </summary>
internal sealed class PersonReportSink(TextWriter writer, bool owns, Instrument instrument, string format) : ReportSink(writer, owns)
{
    private readonly List<LeadershipProfile> _profiles = [];

    public override void Add(LeadershipProfile profile) => _profiles.Add(profile);

    public override void Complete(int anonymity)
    {
        var found = ReportPeople.Of(_profiles);
        var people = found.People;
        var feedback = FeedbackAggregator.AggregateByTarget(_profiles, new FeedbackOptions { AnonymityThreshold = anonymity });
        var options = ReportOptions.Default with
        {
            Title = $"{instrument.Name}: {people.Count} {(people.Count == 1 ? "person" : "people")} ({instrument.Id} {instrument.Version})",
            Sections = [new FeedbackSection(feedback)],
        };
        var selves = found.Selves;
        var dimensions = instrument.Dimensions;
        switch (format)
        {
            case ReportFormats.Html:
                HtmlReport.WriteAll(Writer, selves, dimensions, options);
                break;
            case ReportFormats.Markdown:
                MarkdownReport.WriteAll(Writer, selves, dimensions, options);
                break;
            default:
                TextReport.WriteAll(Writer, selves, dimensions, options);
                break;
        }

        var withoutSelf = found.WithoutSelf;
        if (withoutSelf.Count > 0 && format != ReportFormats.Html)
        {
            Writer.WriteLine();
            // Ids are data: Markdown would interpret them (a '|' or '*' in an id), so Markdown names nobody here.
            var names = format == ReportFormats.Markdown ? "" : $" ({string.Join(", ", withoutSelf.Take(10).Select(PlainText))}{(withoutSelf.Count > 10 ? ", …" : "")})";
            Writer.WriteLine($"No self-assessment for {withoutSelf.Count} rated {(withoutSelf.Count == 1 ? "person" : "people")}{names}; their feedback is in 'leadership feedback', their raters' profiles in --format json or csv.");
        }
    }

    private static string PlainText(string value) => new(value.Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
