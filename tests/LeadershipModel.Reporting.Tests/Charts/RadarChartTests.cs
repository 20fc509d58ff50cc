using System.Buffers.Binary;
using System.Xml.Linq;
using LeadershipModel.Reporting.Charts;
using LeadershipModel.Reporting.Pdf;

namespace LeadershipModel.Reporting.Tests.Charts;

public sealed class RadarChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void ToPng_Canonical_HasPngSignatureAndRequestedSize()
    {
        var png = RadarChart.ToPng(TestProfiles.CanonicalProfile(), DimensionSet.Canonical, new RadarChartOptions { Width = 640, Height = 480 });

        png.AsSpan(0, 8).ToArray().Should().Equal(PngSignature);
        System.Text.Encoding.ASCII.GetString(png, 12, 4).Should().Be("IHDR");
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).Should().Be(640);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)).Should().Be(480);
    }

    [Fact]
    public void ToPng_SameProfileTwice_IdenticalBytes()
    {
        var profile = TestProfiles.CanonicalProfile();

        var first = RadarChart.ToPng(profile, DimensionSet.Canonical);
        var second = RadarChart.ToPng(profile, DimensionSet.Canonical);

        second.Should().Equal(first);
    }

    [Fact]
    public void ToSvg_SameProfileTwice_IdenticalText()
    {
        var profile = TestProfiles.CanonicalProfile();

        var first = RadarChart.ToSvg(profile, DimensionSet.Canonical);
        var second = RadarChart.ToSvg(profile, DimensionSet.Canonical);

        second.Should().Be(first);
        first.Should().Contain("id=\"radar-1\"");
    }

    [Fact]
    public void ToSvg_Canonical_ParsesAsXmlWithEveryDimensionName()
    {
        var svg = RadarChart.ToSvg(TestProfiles.CanonicalProfile(), DimensionSet.Canonical, new RadarChartOptions { Title = "Radar <title>", LabelLineLength = 200 });

        var doc = XDocument.Parse(svg);
        doc.Root!.Name.LocalName.Should().Be("svg");
        var text = string.Join("\n", doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
        foreach (var d in CanonicalDimensions.All)
        {
            text.Should().Contain(d.Name);
        }

        text.Should().Contain("Management (M)").And.Contain("Leadership (L)").And.Contain("Radar <title>");
    }

    [Fact]
    public void ToSvg_ScriptInLabels_IsEscapedText()
    {
        var dimensions = TestProfiles.HostileDimensions();
        var profile = TestProfiles.Score(TestProfiles.Small(dimensions), TestProfiles.Pattern);

        var svg = RadarChart.ToSvg(profile, dimensions, new RadarChartOptions { ManagementLabel = "<script>alert(1)</script>" });

        svg.Should().NotContain("<script");
        var doc = XDocument.Parse(svg);
        doc.Descendants().Should().NotContain(e => e.Name.LocalName.Equals("script", StringComparison.OrdinalIgnoreCase));
        var texts = doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        texts.Should().Contain("<script>").And.Contain("<script>alert(1)</script>");
    }

    [Fact]
    public void ToSvg_BipolarOnly_DrawsOneOrientationSeries()
    {
        var options = new RadarChartOptions();

        var svg = RadarChart.ToSvg(TestProfiles.BipolarProfile(), TestProfiles.BipolarOnly().Dimensions, options);

        var texts = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        texts.Should().Contain(options.OrientationLabel).And.NotContain(options.ManagementLabel).And.NotContain(options.LeadershipLabel);
    }

    [Fact]
    public void ToSvg_NoDimension_SaysSo()
    {
        var profile = TestProfiles.Score(TestProfiles.AuthorityOnly(), _ => 4);

        var svg = RadarChart.ToSvg(profile, DimensionSet.Empty);

        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).Should().Contain("No dimension scores to chart.");
    }

    [Fact]
    public void ToPng_NullArguments_Throw()
    {
        var act = () => RadarChart.ToPng(null!, DimensionSet.Canonical);
        act.Should().Throw<ArgumentNullException>();
        var act2 = () => RadarChart.ToSvg(TestProfiles.BipolarProfile(), null!);
        act2.Should().Throw<ArgumentNullException>();
    }
}
