using System.Globalization;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;
using LeadershipModel.Reporting.Text;
using LeadershipModel.Reporting;

namespace LeadershipModel.Interactive.Tests;

[Collection(FormatterRegistry.Name)]
public sealed class FormatterTests
{
    private const string Html = HtmlFormatter.MimeType;

    public FormatterTests() => LeadershipModelFormatters.Register(LeadershipModelFormatterOptions.Default);

    private static string F(double? value, int decimals) => value!.Value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    [Fact]
    public void LeadershipProfile_Html_IsReportFragmentWithChartNumbersAndPoles()
    {
        var profile = TestData.CanonicalProfile();

        var html = profile.ToDisplayString(Html);

        html.Should().StartWith("<div class=\"leadership-model-report\">").And.NotContain("<!DOCTYPE").And.NotContain("<body");
        html.Should().Contain("<svg").And.Contain("</svg>");
        html.Should().Contain("Seek control").And.Contain("Seek influence").And.Contain("Steward resources");
        var first = profile.Dimensions[0].Position;
        html.Should().Contain(">" + F(first.Management, 2) + "<").And.Contain(">" + F(first.Leadership, 2) + "<");
        html.Should().Contain(".leadership-model-report table", "the style sheet is scoped to the fragment");
    }

    [Fact]
    public void LeadershipProfile_Html_ScriptRespondentIdIsEncoded()
    {
        var html = TestData.CanonicalProfile(TestData.Hostile).ToDisplayString(Html);

        html.Should().Contain(TestData.EncodedHostile).And.NotContain("<script");
    }

    [Fact]
    public void LeadershipProfile_Html_TwoOutputsHaveDistinctIds()
    {
        var profile = TestData.CanonicalProfile();

        var first = profile.ToDisplayString(Html);
        var second = profile.ToDisplayString(Html);

        var id = System.Text.RegularExpressions.Regex.Match(first, "id=\"([^\"]+)\"").Groups[1].Value;
        id.Should().StartWith("leadership-model-");
        second.Should().NotContain("id=\"" + id + "\"", "two charts on one notebook page must not share clip path ids");
    }

    [Fact]
    public void LeadershipProfile_PlainText_IsTextReport()
    {
        var profile = TestData.CanonicalProfile("respondent-7");

        var text = profile.ToDisplayString(PlainTextFormatter.MimeType);

        text.Should().Be(TextReport.Render(profile, DimensionSet.Canonical));
        text.Should().Contain("respondent-7");
    }

    [Fact]
    public void LeadershipProfileView_Html_NamesCustomDimensionsAndEncodesPoles()
    {
        var dimensions = TestData.CustomDimensions();
        var profile = TestData.Score(TestData.Custom(dimensions), "r2");

        var html = new LeadershipProfileView(profile, dimensions).ToDisplayString(Html);

        html.Should().Contain("Alpha drive").And.Contain("Keep the &lt;b&gt;order&lt;/b&gt;").And.Contain("Lead &amp; inspire").And.Contain("<svg");
        html.Should().NotContain("<b>order");
    }

    [Fact]
    public void Register_WithOptions_FormattersUseThem()
    {
        var profile = TestData.CanonicalProfile();
        try
        {
            LeadershipModelFormatters.Register(new LeadershipModelFormatterOptions { Report = new ReportOptions { Decimals = 4, IncludeChart = false } });

            var html = profile.ToDisplayString(Html);

            html.Should().Contain(">" + F(profile.Dimensions[0].Position.Management, 4) + "<").And.NotContain("<svg");
        }
        finally
        {
            LeadershipModelFormatters.Register(LeadershipModelFormatterOptions.Default);
        }
    }

    [Fact]
    public void DimensionSet_Html_TableOfDimensionsWithPoles()
    {
        var html = DimensionSet.Canonical.ToDisplayString(Html);

        html.Should().Contain("19 dimensions").And.Contain("Management pole").And.Contain("Leadership pole");
        html.Should().Contain("\">Seek control</td>").And.Contain("\">Seek influence</td>").And.Contain("title=\"Attends to what can be seen and counted: output, plans, headcount and budgets.\"");
        System.Text.RegularExpressions.Regex.Matches(html, "<tr><td>").Should().HaveCount(19);
    }

    [Fact]
    public void DimensionSet_Html_MarkupInNamesIsEncoded()
    {
        var set = DimensionSet.Create([TestData.Dim("alpha", 1, TestData.Hostile, "M \"quoted\"", "L <i>")]);

        var html = set.ToDisplayString(Html);

        html.Should().Contain(TestData.EncodedHostile).And.Contain("M &quot;quoted&quot;").And.Contain("L &lt;i&gt;").And.Contain("1 dimension");
        html.Should().NotContain("<script").And.NotContain("<i>");
    }

    [Fact]
    public void DimensionSet_PlainText_ListsPoles()
    {
        var text = DimensionSet.Canonical.ToDisplayString(PlainTextFormatter.MimeType);

        text.Should().StartWith("19 dimensions").And.Contain("1. ").And.Contain("Seek control / Seek influence");
    }

    [Fact]
    public void AlphaResult_Html_SummaryAndItemStatistics()
    {
        var result = ReliabilityAnalysis.Alpha(TestData.Matrix(), ScaleKey.Create("scale", "A", "B", "-C", "D"));

        var html = result.ToDisplayString(Html);

        html.Should().Contain("Reliability of scale").And.Contain("Raw alpha").And.Contain("alpha if dropped");
        html.Should().Contain(".leadership-model-tables td.num {", "the tables carry a style sheet scoped to their wrapper");
        html.Should().Contain("<td class=\"num\">" + F(result.RawAlpha, 3) + "</td>").And.Contain("<td class=\"num\">" + F(result.StandardizedAlpha, 3) + "</td>").And.Contain("<td class=\"num\">" + F(result.Lambda6, 3) + "</td>");
        html.Should().Contain("<td>-C</td>").And.Contain("<td class=\"num\">" + F(result.Items[0].IfDropped.RawAlpha, 3) + "</td>");
    }

    [Fact]
    public void AlphaResult_Html_ScriptScaleNameIsEncoded_AndMissingFigureIsDash()
    {
        var result = new AlphaResult { Scale = ScaleKey.Create(TestData.Hostile, "A", "B"), RawAlpha = 0.81234, StandardizedAlpha = null };

        var html = result.ToDisplayString(Html);

        html.Should().Contain(TestData.EncodedHostile).And.NotContain("<script").And.Contain("<td class=\"num\">0.812</td>").And.Contain("<td class=\"num\">—</td>");
    }

    [Fact]
    public void AlphaResult_PlainText_OneLineSummary()
    {
        var result = new AlphaResult { Scale = ScaleKey.Create("s", "A", "B"), RawAlpha = 0.75, StandardizedAlpha = 0.7, ItemCount = 2, RespondentCount = 10 };

        result.ToDisplayString(PlainTextFormatter.MimeType).Should().Be("s: raw alpha 0.750, std. alpha 0.700, G6 —, average r — (2 items, n = 10)");
    }

    [Fact]
    public void AlphaResultList_Html_OneRowPerScale()
    {
        var data = TestData.Matrix();
        List<AlphaResult> results = [ReliabilityAnalysis.Alpha(data, ScaleKey.Create("first", "A", "B")), ReliabilityAnalysis.Alpha(data, ScaleKey.Create(TestData.Hostile, "-C", "D"))];

        var html = results.ToDisplayString(Html);

        html.Should().Contain("<td>first</td>").And.Contain(TestData.EncodedHostile).And.NotContain("<script");
        html.Should().Contain("<td class=\"num\">" + F(results[0].RawAlpha, 3) + "</td>").And.Contain("<td class=\"num\">" + F(results[1].RawAlpha, 3) + "</td>");
        System.Text.RegularExpressions.Regex.Matches(html, "<tr><td>").Should().HaveCount(2);
    }

    [Fact]
    public void AlphaResultArray_Html_OneRowPerScale()
    {
        AlphaResult[] results = [new() { Scale = ScaleKey.Create("x", "A", "B"), RawAlpha = 0.5 }, new() { Scale = ScaleKey.Create("y", "A", "B"), RawAlpha = 0.6 }];

        var html = results.ToDisplayString(Html);

        html.Should().Contain("<td>x</td>").And.Contain("<td>y</td>").And.Contain("<td class=\"num\">0.500</td>").And.Contain("<td class=\"num\">0.600</td>");
    }

    [Fact]
    public void ScoreItemsResult_Html_ScaleStatisticsAndKeyingCheck()
    {
        var result = ScaleScoring.ScoreItems(TestData.Matrix(), [ScaleKey.Create("keyed", "A", "B", "-C"), ScaleKey.Create(TestData.Hostile, "A", "B", "C", "D")]);

        var html = result.ToDisplayString(Html);

        html.Should().Contain("7 respondents").And.Contain("<td>keyed</td>").And.Contain(TestData.EncodedHostile).And.NotContain("<script");
        html.Should().Contain("<td class=\"num\">" + F(result.Scales[0].Alpha, 3) + "</td>").And.Contain("<td class=\"num\">" + F(result.Scales[0].Lambda6, 3) + "</td>");
        result.Scales[1].SuspectedUnreversedItems.Should().Equal("C");
        html.Should().Contain("<td>C</td>");
    }
}
