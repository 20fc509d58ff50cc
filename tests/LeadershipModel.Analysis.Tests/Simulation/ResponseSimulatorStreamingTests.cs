using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Analysis.Tests.Simulation;

public sealed class ResponseSimulatorStreamingTests
{
    private static SimulationOptions Options(ulong seed) => new()
    {
        Seed = seed,
        TargetCount = 7,
        MissingRate = 0.05,
        Raters = [new RaterGroup(RaterRole.Self, bias: 0.3), new RaterGroup(RaterRole.Manager), new RaterGroup(RaterRole.Peer, 3, noiseStandardDeviation: 0.3)],
    };

    [Fact]
    public void SimulateResponses_EqualsTheSetsOfSimulate()
    {
        var sample = ResponseSimulator.Simulate(CanonicalInstruments.Full, Options(11));

        ResponseSimulator.SimulateResponses(CanonicalInstruments.Full, Options(11)).Should().Equal(sample.ResponseSets);
    }

    [Fact]
    public void WriteCsv_WhileGenerating_WritesTheSameBytesAsTheSample()
    {
        var sample = ResponseSimulator.Simulate(CanonicalInstruments.Short, Options(12));
        using var expected = new StringWriter();
        sample.WriteCsv(expected);

        using var streamed = new StringWriter();
        var count = ResponseSimulator.WriteCsv(CanonicalInstruments.Short, Options(12), streamed);

        count.Should().Be(sample.ResponseSets.Count);
        streamed.ToString().Should().Be(expected.ToString());
    }

    [Fact]
    public void SimulateResponses_IsLazy_AndChecksArgumentsAtOnce()
    {
        var many = ResponseSimulator.SimulateResponses(CanonicalInstruments.Full, new SimulationOptions { TargetCount = 1_000_000_000 });
        many.Take(3).Should().HaveCount(3, "nothing is generated beyond what is asked for");

        var continuous = Instrument.Create(CanonicalInstruments.Short.Definition with { Scale = ResponseScale.Create(0, 10, integerOnly: false) });
        var act = () => ResponseSimulator.SimulateResponses(continuous, new SimulationOptions { Model = ResponseModel.GradedResponse });
        act.Should().Throw<ArgumentException>().WithMessage("*integer scale*");
    }
}
