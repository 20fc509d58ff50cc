using LeadershipModel.Reporting.Html;

namespace LeadershipModel.Reporting.Tests.Html;

public sealed class HtmlReportFragmentTests
{
    [Fact]
    public void RenderFragment_OneProfile_IsScopedDivWithChartAndNoDocument()
    {
        var html = HtmlReport.RenderFragment(TestProfiles.CanonicalProfile(), DimensionSet.Canonical, idPrefix: "cell-3-");

        html.Should().StartWith("<div class=\"leadership-model-report\">\n<style>\n").And.EndWith("</div>\n");
        html.Should().NotContain("<!DOCTYPE").And.NotContain("<body").And.NotContain("<nav").And.NotContain("\nbody {");
        html.Should().Contain(".leadership-model-report th, .leadership-model-report td {").And.Contain(".leadership-model-report { font-family");
        html.Should().Contain("<section class=\"profile\" id=\"cell-3-profile\">").And.Contain("<svg").And.Contain("id=\"cell-3-profile-chart-1\"");
    }

    [Fact]
    public void RenderFragment_ScriptRespondentId_IsEncoded()
    {
        var html = HtmlReport.RenderFragment(TestProfiles.CanonicalProfile("<script>alert(1)</script>"), DimensionSet.Canonical);

        html.Should().NotContainEquivalentOf("<script").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("a\"b")]
    [InlineData("a b")]
    public void RenderFragment_InvalidIdPrefix_Throws(string prefix)
    {
        var act = () => HtmlReport.RenderFragment(TestProfiles.CanonicalProfile(), DimensionSet.Canonical, idPrefix: prefix);

        act.Should().Throw<ArgumentException>().WithParameterName("idPrefix");
    }
}
