using LeadershipModel.Reporting.Markdown;

namespace LeadershipModel.Reporting.Tests.Markdown;

public sealed class MarkdownReportTests
{
    [Fact]
    public void Render_HostileNames_AreEscaped()
    {
        var dimensions = TestProfiles.HostileDimensions();
        var profile = TestProfiles.Score(TestProfiles.Small(dimensions), TestProfiles.Pattern, respondentId: "<script>alert(1)</script>");

        var md = MarkdownReport.Render(profile, dimensions);

        md.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.NotContain("<script").And.NotContain("<b>");
        md.Should().Contain(@"Keep \| order \*now\*").And.Contain(@"&lt;b&gt;Lead&lt;/b&gt; &amp; \[link\](http://x)");
        md.Should().Contain(@"Beta \`code\` \_under\_ #1");
    }

    [Fact]
    public void Render_DimensionTable_EveryRowHasTheHeaderCellCount()
    {
        var dimensions = TestProfiles.HostileDimensions();
        var profile = TestProfiles.Score(TestProfiles.Small(dimensions), TestProfiles.Pattern);

        var md = MarkdownReport.Render(profile, dimensions);

        var lines = md.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("| # | Dimension |", StringComparison.Ordinal));
        header.Should().BeGreaterThan(-1);
        var cells = CountUnescapedPipes(lines[header]);
        for (var i = header + 1; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            CountUnescapedPipes(lines[i]).Should().Be(cells, lines[i]);
        }
    }

    [Fact]
    public void Render_Canonical_HasTablesAndInvariantNumbers()
    {
        var profile = TestProfiles.CanonicalProfile();

        var md = MarkdownReport.Render(profile, DimensionSet.Canonical);

        md.Should().StartWith("# Leadership profile\n").And.Contain("## Dimensions").And.Contain("## Authority").And.Contain("**Power bases**");
        md.Should().Contain("| 1 | Control and influence | Seek control | " + profile.Dimensions[0].Position.Management!.Value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " |");
        md.Should().Contain("Provide form &amp; structure");
    }

    [Fact]
    public void Render_BipolarOnly_LeavesStrengthCellsEmpty()
    {
        var md = MarkdownReport.Render(TestProfiles.BipolarProfile(), TestProfiles.BipolarOnly().Dimensions);

        md.Should().Contain("| 1 | Dimension alpha | Manage alpha |  | Lead alpha |  |").And.Contain("(bipolar only)");
    }

    [Fact]
    public void Render_SameProfileTwice_IdenticalText()
    {
        var profile = TestProfiles.CanonicalProfile();

        MarkdownReport.Render(profile, DimensionSet.Canonical).Should().Be(MarkdownReport.Render(profile, DimensionSet.Canonical));
    }

    [Theory]
    [InlineData("a|b", @"a\|b")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("1. item", @"1\. item")]
    [InlineData("- item", @"\- item")]
    [InlineData("x - y", "x - y")]
    [InlineData("line\nbreak", "line break")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("<a href='x'>&amp;</a>", "&lt;a href='x'&gt;&amp;amp;&lt;/a&gt;")]
    [InlineData("0.70", "0.70")]
    public void Escape_MarkdownSignificantText_ShowsLiterally(string text, string expected) =>
        MarkdownText.Escape(text).Should().Be(expected);

    private static int CountUnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
