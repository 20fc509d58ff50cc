using LeadershipModel.Change;
using LeadershipModel.Norms;
using LeadershipModel.Reporting.Documents;
using LeadershipModel.Teams;

namespace LeadershipModel.Reporting.Tests.Documents;

public sealed class ChangeAndUnitSectionsTests
{
    private static ChangeReport Report(string respondent = "a") => new()
    {
        ReliabilitySource = "test figures",
        Z = 1.96,
        People =
        [
            new PersonChange
            {
                RespondentId = respondent,
                TargetId = respondent,
                Indices =
                [
                    new IndexChange { IndexId = IndexIds.ForDimension("control-influence", IndexIds.Leadership), Pre = 0.2, Post = 0.8, Difference = 0.6, Rci = 3.1, Category = ChangeCategory.Increased },
                    new IndexChange { IndexId = IndexIds.Orientation, Pre = 0.1, Post = 0.2, Difference = 0.1, Reason = "no reliability" },
                ],
            },
        ],
        Unmatched = [new UnmatchedRating { RespondentId = "<b>late</b>", TargetId = "x", PresentIn = ChangeWave.Post }],
        Summary = [new ChangeSummary { IndexId = IndexIds.ForDimension("control-influence", IndexIds.Leadership), Count = 1, Increased = 1 }],
    };

    [Fact]
    public void ChangeSections_NameIndicesByLabel_AndTheReliabilitySource()
    {
        var text = SectionDocument.Render("Change", ChangeReportSections.Build(Report(), DimensionSet.Canonical), DocumentFormat.Text);

        text.Should().Contain("Control and influence: Seek influence (L)").And.Contain("Reliability: test figures.").And.Contain("increased");
        text.Should().Contain("second (post)");
    }

    [Fact]
    public void ChangeSections_Html_EscapesIds()
    {
        var html = SectionDocument.Render("Change <x>", ChangeReportSections.Build(Report("<script>"), DimensionSet.Canonical), DocumentFormat.Html);

        html.Should().NotContain("<script>").And.NotContain("<b>late").And.Contain("&lt;script&gt;").And.Contain("Change &lt;x&gt;");
    }

    [Fact]
    public void ChangeSections_Markdown_EscapesIds()
    {
        var md = SectionDocument.Render("Change", ChangeReportSections.Build(Report("a|b*"), DimensionSet.Canonical), DocumentFormat.Markdown);

        md.Should().Contain("a\\|b\\*").And.Contain("&lt;b&gt;late&lt;/b&gt;");
    }

    [Fact]
    public void ChanceTail_EqualsR()
    {
        // R: 2 * pnorm(-1.96); pbinom(2, 44, 2 * pnorm(-1.96), lower.tail = FALSE); pbinom(5, 44, …, lower.tail = FALSE).
        ChangeReportSections.ChanceRate(1.96).Should().BeApproximately(0.049995790296, 2e-7);
        ChangeReportSections.ChanceTail(3, 44, 1.96).Should().BeApproximately(0.378574198573, 1e-5);
        ChangeReportSections.ChanceTail(6, 44, 1.96).Should().BeApproximately(0.021558083671, 1e-5);
        ChangeReportSections.ChanceTail(0, 44, 1.96).Should().BeApproximately(1, 1e-9);
    }

    [Fact]
    public void UnitSections_ShowTheMixtureAndWithheldUnits()
    {
        var report = new UnitReport
        {
            MinimumUnitSize = 3,
            Perspective = UnitPerspective.Self,
            Units =
            [
                new UnitSummary
                {
                    Unit = "sales",
                    People = 4,
                    Quadrants = new QuadrantCounts { Manager = 1, Leader = 2, Integrator = 1 },
                    Dimensions = [new UnitDimension { DimensionId = "control-influence", Management = new Quartiles { Q1 = 0.25, Median = 0.5, Q3 = 0.75 }, CoveredManagement = true }],
                },
            ],
            Withheld = [new WithheldUnit { Unit = "legal", People = 2, Reason = "2 people, fewer than the minimum unit size of 3." }],
        };

        var text = SectionDocument.Render("Units", UnitReportSections.Build(report, DimensionSet.Canonical), DocumentFormat.Text);

        text.Should().Contain("4 people: 1 manager, 2 leaders, 1 integrator, 0 disengaged.");
        text.Should().Contain("Not covered on both poles: Control and influence (Seek control / Seek influence)");
        text.Should().Contain("0.25 / 0.50 / 0.75").And.Contain("legal").And.Contain("fewer than the minimum unit size of 3");
    }
}
