using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using UglyToad.PdfPig;

namespace LeadershipModel.Reporting.Tests.Pdf;

/// <summary>PDFs read back with PdfPig: their text, pages and repeated table headers.</summary>
public sealed class PdfReportTests
{
    private static readonly Instrument Instrument = CanonicalInstruments.Short;

    private static readonly string[] Raters = ["T1", "boss-7", "peer-a", "peer-b", "peer-c", "dr-x", "dr-y", "dr-z"];

    private static FeedbackDocument Feedback()
    {
        var roles = new[] { RaterRole.Self, RaterRole.Manager, RaterRole.Peer, RaterRole.Peer, RaterRole.Peer, RaterRole.DirectReport, RaterRole.DirectReport, RaterRole.DirectReport };
        var sets = Raters.Select((id, k) => ResponseSet.Create(Instrument.Id, Instrument.Version, id,
            Instrument.Items.Select((item, i) => new KeyValuePair<string, double?>(item.Id, 1 + ((i * 7 + k * 3) % 5))), roles[k], "T1")).ToList();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Instrument).Build();
        return FeedbackDocumentBuilder.Build(engine, Instrument, sets).Document;
    }

    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    [Fact]
    public void Table_LongerThanAPage_BreaksAndRepeatsItsHeaderOnEveryPage()
    {
        var rows = Enumerable.Range(1, 150).Select(i => new[] { "row" + i, "value" + i });
        var pdf = new PdfDocumentBuilder("Long table").Heading("Numbers").Table(ReportTable.Create(["Alphacolumn", "Betacolumn"], rows)).ToArray();

        var pages = PageTexts(pdf);

        pages.Should().HaveCountGreaterThan(2);
        pages.Should().OnlyContain(p => p.Contains("Alphacolumn") && p.Contains("Betacolumn"));
        var all = string.Join(" ", pages);
        foreach (var i in new[] { 1, 75, 150 })
        {
            all.Should().Contain("row" + i + " ");
        }

        pages.Select((p, i) => p.Contains("page " + (i + 1))).Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void Feedback_TitlePageChartSectionsAndExplanations_NoRaterId()
    {
        var document = Feedback();
        using var stream = new MemoryStream();

        PdfReport.WriteFeedback(stream, document, document.Targets[0], Instrument.Dimensions);

        var pages = PageTexts(stream.ToArray());
        pages.Count.Should().BeGreaterThan(4);
        pages[0].Should().Contain("360 feedback for T1").And.Contain("Not validated");
        var all = string.Join(" ", pages);
        foreach (var heading in new[] { "How others see you", "Rated highest by others", "Blind spots", "Authority as others see it", "Development plan", "What the numbers mean" })
        {
            all.Should().Contain(heading);
        }

        all.IndexOf("How others see you", StringComparison.Ordinal).Should().BeLessThan(all.IndexOf("Blind spots", StringComparison.Ordinal));
        foreach (var rater in Raters.Skip(1))
        {
            all.Should().NotContain(rater);
        }

        using var pdf = PdfDocument.Open(stream.ToArray());
        pdf.GetPages().Sum(p => p.GetImages().Count()).Should().BeGreaterThan(0, "the radar chart is on a page");
    }

    [Fact]
    public void Profile_TitlePageChartAndDimensions()
    {
        var instrument = TestProfiles.Canonical();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        var set = ResponseSet.Create(instrument.Id, instrument.Version, "ann", instrument.Items.Select((item, i) => new KeyValuePair<string, double?>(item.Id, 1 + (i % 5))));
        var profile = engine.Score(set).Profile!;
        using var stream = new MemoryStream();

        PdfReport.WriteProfile(stream, profile, instrument.Dimensions, ReportOptions.Default with { Title = "Profile of ann" });

        var pages = PageTexts(stream.ToArray());
        pages[0].Should().Contain("Profile of ann");
        string.Join(" ", pages).Should().Contain("Dimensions").And.Contain("Seek control").And.Contain("Authority");
    }
}
