using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Responses;
namespace LeadershipModel.Analysis.Tests.Simulation;

public sealed class SimulationOptionsTests
{
    [Fact]
    public void Default_Values_AreDocumented()
    {
        var options = SimulationOptions.Default;

        options.Seed.Should().Be(1);
        options.TargetCount.Should().Be(100);
        options.Model.Should().Be(ResponseModel.GradedResponse);
        options.Reliability.Should().Be(0.8);
        options.Discrimination.Should().BeNull();
        options.Spread.Should().Be(2);
        options.MissingRate.Should().Be(0);
        options.Raters.Should().ContainSingle().Which.Should().Be(new RaterGroup(RaterRole.Self));
        options.Population.Should().Be(LatentPopulation.Default);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Reliability_OutsideOpenUnitInterval_Throws(double value)
    {
        var act = () => SimulationOptions.Default with { Reliability = value };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Reliability");
    }

    [Fact]
    public void Init_InvalidValues_Throw()
    {
        FluentActions.Invoking(() => new SimulationOptions { TargetCount = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SimulationOptions { MissingRate = 1 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SimulationOptions { MissingRate = -0.1 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SimulationOptions { Spread = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SimulationOptions { Discrimination = -1 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SimulationOptions { Model = (ResponseModel)9 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SimulationOptions { Population = null! }).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Raters_RepeatedRole_Throws()
    {
        var act = () => new SimulationOptions { Raters = [new RaterGroup(RaterRole.Peer, 2), new RaterGroup(RaterRole.Peer, 1)] };

        act.Should().Throw<ArgumentException>().WithMessage("*'peer' is listed twice*");
    }

    [Fact]
    public void Raters_TwoSelfRaters_Throws()
    {
        var act = () => new SimulationOptions { Raters = [new RaterGroup(RaterRole.Self, 2)] };

        act.Should().Throw<ArgumentException>().WithMessage("*once*");
    }

    [Fact]
    public void Raters_NoRaterAtAll_Throws()
    {
        FluentActions.Invoking(() => new SimulationOptions { Raters = [] }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new SimulationOptions { Raters = [new RaterGroup(RaterRole.Peer, 0)] }).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Raters_OthersWithoutSelf_AreAllowed()
    {
        var options = new SimulationOptions { Raters = [new RaterGroup(RaterRole.DirectReport, 4)] };

        options.Raters.Should().ContainSingle();
    }
}
