using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Responses;
namespace LeadershipModel.Analysis.Tests.Simulation;

public sealed class RaterGroupTests
{
    [Fact]
    public void Constructor_Defaults_OneUnbiasedNoiselessRater()
    {
        var group = new RaterGroup(RaterRole.Manager);

        group.Count.Should().Be(1);
        group.Bias.Should().Be(0);
        group.LeniencyStandardDeviation.Should().Be(0);
        group.NoiseStandardDeviation.Should().Be(0);
    }

    [Fact]
    public void Init_InvalidValues_Throw()
    {
        var group = new RaterGroup(RaterRole.Peer, 3);

        group.Invoking(g => g with { Count = -1 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Count");
        group.Invoking(g => g with { Bias = double.NaN }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Bias");
        group.Invoking(g => g with { LeniencyStandardDeviation = -0.1 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("LeniencyStandardDeviation");
        group.Invoking(g => g with { NoiseStandardDeviation = double.PositiveInfinity }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("NoiseStandardDeviation");
        group.Invoking(g => g with { Role = (RaterRole)42 }).Should().Throw<ArgumentOutOfRangeException>();
    }
}
