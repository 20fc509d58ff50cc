using LeadershipModel.Reporting.Charts;

namespace LeadershipModel.Reporting.Tests.Charts;

public sealed class RadarChartDataTests
{
    [Fact]
    public void Of_Canonical_HasNineteenSpokesAndTheMeasuredStrengths()
    {
        var profile = TestProfiles.CanonicalProfile();

        var data = RadarChartData.Of(profile, DimensionSet.Canonical, 200);

        data.Labels.Should().Equal(CanonicalDimensions.All.Select(d => d.Name));
        data.Series.Select(s => s.Kind).Should().Equal(RadarSeriesKind.Management, RadarSeriesKind.Leadership);
        data.Series[0].Values.Should().Equal(profile.Dimensions.Select(d => d.Position.Management!.Value));
        data.Series[1].Values.Should().Equal(profile.Dimensions.Select(d => d.Position.Leadership!.Value));
        data.LeftOut.Should().BeEmpty();
    }

    [Fact]
    public void Of_BipolarOnly_MapsOrientationToUnitInterval()
    {
        var profile = TestProfiles.BipolarProfile();

        var data = RadarChartData.Of(profile, TestProfiles.BipolarOnly().Dimensions, 200);

        data.Series.Should().ContainSingle().Which.Kind.Should().Be(RadarSeriesKind.Orientation);
        data.Series[0].Values.Should().Equal(profile.Dimensions.Select(d => (d.Position.Orientation!.Value + 1) / 2));
    }

    [Fact]
    public void Of_Mixed_ChartsStrengthsAndLeavesOutTheBipolarOnlyDimension()
    {
        var instrument = TestProfiles.Mixed();
        var profile = TestProfiles.Score(instrument, _ => 4);

        var data = RadarChartData.Of(profile, instrument.Dimensions, 200);

        data.Labels.Should().Equal("Dimension alpha");
        data.Series.Should().HaveCount(2);
        data.LeftOut.Should().Equal("Dimension beta");
    }

    [Theory]
    [InlineData("Doing things right and doing the right things", 22, "Doing things right and\ndoing the right things")]
    [InlineData("Short", 22, "Short")]
    [InlineData("Averyveryverylongwordthatcannotwrap here", 10, "Averyveryverylongwordthatcannotwrap\nhere")]
    public void Wrap_LongLabel_BreaksAtSpaces(string label, int length, string expected) =>
        RadarChartData.Wrap(label, length).Should().Be(expected);
}
