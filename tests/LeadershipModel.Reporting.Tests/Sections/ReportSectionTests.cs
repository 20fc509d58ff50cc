using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting.Markdown;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;
using LeadershipModel.Reporting.Text;

namespace LeadershipModel.Reporting.Tests.Sections;

public sealed class ReportSectionTests
{
    private sealed class SelfVersusOthers : IReportSection
    {
        public ReportSectionContent? Build(ReportSectionContext context) => new()
        {
            Title = "360 <comparison>",
            Paragraphs = ["Self versus others for " + context.Profile.TargetId + "."],
            Tables = [ReportTable.Create(["Role", "L"], [["self", "0.70"], ["peers | n=3", "0.55"]], "By role")],
        };
    }

    private sealed class Throwing : IReportSection
    {
        public ReportSectionContent? Build(ReportSectionContext context) => throw new InvalidOperationException("no 360 data");
    }

    private sealed class Silent : IReportSection
    {
        public ReportSectionContent? Build(ReportSectionContext context) => null;
    }

    private static readonly ReportOptions Options = new() { Sections = [new SelfVersusOthers(), new Silent(), new Throwing()] };

    [Fact]
    public void Text_HostSections_AreLaidOutAfterTheStandardOnes()
    {
        var text = TextReport.Render(TestProfiles.CanonicalProfile(), DimensionSet.Canonical, Options);

        text.Should().Contain("360 <comparison>\n----------------\nSelf versus others for r1.\n\nBy role:\nRole         L\n-----------  ----\nself         0.70\npeers | n=3  0.55\n");
        text.IndexOf("Provenance", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("360 <comparison>", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_HostSections_AreEscaped()
    {
        var md = MarkdownReport.Render(TestProfiles.CanonicalProfile(), DimensionSet.Canonical, Options);

        md.Should().Contain("## 360 &lt;comparison&gt;").And.Contain("| peers \\| n=3 | 0.55 |");
    }

    [Fact]
    public void Html_HostSections_AreEncoded()
    {
        var html = HtmlReport.RenderAll([TestProfiles.CanonicalProfile()], DimensionSet.Canonical, Options);

        html.Should().Contain("<h3>360 &lt;comparison&gt;</h3>").And.Contain("<caption>By role</caption>").And.Contain("<td>peers | n=3</td>");
    }

    [Fact]
    public void FailingSection_IsReportedAndDoesNotBreakTheReport()
    {
        var text = TextReport.Render(TestProfiles.CanonicalProfile(), DimensionSet.Canonical, Options);

        text.Should().Contain("Section failed").And.Contain("The section Throwing could not be built: InvalidOperationException: no 360 data");
    }

    [Fact]
    public void ReportTable_RowOfWrongLength_Throws()
    {
        var act = () => ReportTable.Create(["a", "b"], [["1"]]);

        act.Should().Throw<ArgumentException>().WithMessage("*Row 0 has 1 cells; the table has 2 columns*");
    }
}
