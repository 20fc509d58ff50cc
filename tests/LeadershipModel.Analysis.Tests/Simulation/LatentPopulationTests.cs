using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Responses;
namespace LeadershipModel.Analysis.Tests.Simulation;

public sealed class LatentPopulationTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void PoleCorrelation_NotStrictlyBetweenMinusOneAndOne_Throws(double value)
    {
        var act = () => new LatentPopulation { PoleCorrelation = value };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PoleCorrelation");
    }

    [Fact]
    public void OrientationStandardDeviation_FollowsFromPoles()
    {
        var population = new LatentPopulation { Management = new LatentDistribution(0, 1), Leadership = new LatentDistribution(0, 2), PoleCorrelation = 0.5 };

        // √((1 + 4 − 2·0.5·1·2)/2) = √1.5.
        population.OrientationStandardDeviation.Should().BeApproximately(Math.Sqrt(1.5), 1e-15);
        LatentPopulation.Default.OrientationStandardDeviation.Should().Be(1);
    }

    [Fact]
    public void Init_NullDistribution_Throws()
    {
        FluentActions.Invoking(() => new LatentPopulation { Management = null! }).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new LatentPopulation { PowerBase = null! }).Should().Throw<ArgumentNullException>();
    }
}
