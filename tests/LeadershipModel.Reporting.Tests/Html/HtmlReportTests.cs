using System.Text.RegularExpressions;
using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting.Pdf;

namespace LeadershipModel.Reporting.Tests.Html;

public sealed class HtmlReportTests
{
    private const string ScriptId = "<script>alert(1)</script>";

    private static string HostileDocument()
    {
        var dimensions = TestProfiles.HostileDimensions();
        var profile = TestProfiles.Score(TestProfiles.Small(dimensions), TestProfiles.Pattern, respondentId: ScriptId, targetId: "<img src=x onerror=alert(2)>", note: "<script>steal()</script>");
        return HtmlReport.RenderAll([profile], dimensions, new ReportOptions { Title = "Report <script>" });
    }

    [Fact]
    public void Render_ScriptInIdsNamesAndExtensions_IsEncodedEverywhere()
    {
        var html = HostileDocument();

        html.Should().NotContainEquivalentOf("<script").And.NotContainEquivalentOf("<img");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().Contain("&lt;img src=x onerror=alert(2)&gt;");
        html.Should().Contain("&lt;script&gt;steal()&lt;/script&gt;");
        html.Should().Contain("<td>&lt;script&gt;</td>", "the dimension's name in the table is encoded");
        html.Should().MatchRegex(@"<text[^>]*>\s*&lt;script&gt;\s*</text>", "the dimension's name on the chart's spoke is encoded");
        html.Should().Contain("<title>Report &lt;script&gt;</title>");
    }

    [Fact]
    public void Render_Document_LoadsNothingFromOutside()
    {
        var html = HostileDocument().Replace("[link](http://x)", string.Empty, StringComparison.Ordinal);

        html.Should().NotContain("http://").And.NotContain("https://");
        html.Should().NotContainEquivalentOf("<script").And.NotContainEquivalentOf("<link").And.NotContainEquivalentOf("@import").And.NotContainEquivalentOf("<iframe");
        Regex.IsMatch(html, @"<[^>]*\s(src|href)\s*=\s*(?!""#)", RegexOptions.IgnoreCase).Should().BeFalse("no element refers to anything but an anchor in the document");
        Regex.IsMatch(html, @"url\((?!#)", RegexOptions.IgnoreCase).Should().BeFalse("only references to the document's own clip paths are allowed");
        html.Should().Contain("Content-Security-Policy").And.Contain("default-src 'none'");
    }

    [Fact]
    public void Render_TwoProfiles_HasContentsAndOneSectionEachWithUniqueChartIds()
    {
        var html = HtmlReport.RenderAll([TestProfiles.CanonicalProfile("anna"), TestProfiles.CanonicalProfile("bert")], DimensionSet.Canonical);

        html.Should().Contain("<li><a href=\"#profile-1\">anna</a></li>").And.Contain("<li><a href=\"#profile-2\">bert</a></li>");
        html.Should().Contain("<section class=\"profile\" id=\"profile-1\">").And.Contain("<section class=\"profile\" id=\"profile-2\">");
        Regex.Matches(html, "<svg ").Should().HaveCount(2);
        var ids = Regex.Matches(html, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().Contain("profile-1-chart-1").And.Contain("profile-2-chart-1");
    }

    [Fact]
    public void Render_Canonical_ShowsEveryDimensionAndTheChart()
    {
        var profile = TestProfiles.CanonicalProfile();

        var html = HtmlReport.RenderAll([profile], DimensionSet.Canonical);

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<figure class=\"chart\">").And.Contain("viewBox=\"0 0 800 720\"");
        foreach (var d in CanonicalDimensions.All)
        {
            html.Should().Contain("<td>" + System.Net.WebUtility.HtmlEncode(d.ManagementPole.Label) + "</td>");
            html.Should().Contain("<td>" + System.Net.WebUtility.HtmlEncode(d.LeadershipPole.Label) + "</td>");
        }

        html.Should().Contain("Follower-conferred share").And.Contain("Expected resistance");
    }

    [Fact]
    public void Render_IncludeChartFalse_HasNoSvg()
    {
        var html = HtmlReport.RenderAll([TestProfiles.CanonicalProfile()], DimensionSet.Canonical, new ReportOptions { IncludeChart = false });

        html.Should().NotContain("<svg");
    }

    [Fact]
    public void Render_BipolarOnly_ChartsOrientationAndShowsNoStrengths()
    {
        var html = HtmlReport.RenderAll([TestProfiles.BipolarProfile()], TestProfiles.BipolarOnly().Dimensions);

        html.Should().Contain("The instrument measures no M or L.").And.Contain("(bipolar only)");
        html.Should().Contain("<td>Manage alpha</td><td class=\"num\"></td><td>Lead alpha</td><td class=\"num\"></td>");
    }

    [Fact]
    public void Render_SameProfilesTwice_IdenticalText()
    {
        var profiles = new[] { TestProfiles.CanonicalProfile("a"), TestProfiles.BipolarProfile() };

        HtmlReport.RenderAll(profiles, DimensionSet.Canonical).Should().Be(HtmlReport.RenderAll(profiles, DimensionSet.Canonical));
    }

    [Fact]
    public void Render_NoProfiles_IsAValidEmptyDocument()
    {
        var html = HtmlReport.RenderAll([], DimensionSet.Canonical);

        html.Should().Contain("<p>No profiles.</p>").And.EndWith("</html>\n");
    }
}
