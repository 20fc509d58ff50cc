using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Responses;
namespace LeadershipModel.Analysis.Tests.Simulation;

public sealed class LatentDistributionTests
{
    [Fact]
    public void Standard_IsMeanZeroSdOne()
    {
        LatentDistribution.Standard.Should().Be(new LatentDistribution(0, 1));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void StandardDeviation_NotPositiveFinite_Throws(double value)
    {
        var act = () => new LatentDistribution(0, value);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("StandardDeviation");
    }

    [Fact]
    public void Mean_NotFinite_Throws()
    {
        var act = () => LatentDistribution.Standard with { Mean = double.NaN };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Mean");
    }
}
