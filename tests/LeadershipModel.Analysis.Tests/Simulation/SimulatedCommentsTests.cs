using LeadershipModel.Analysis.Responses;
using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Analysis.Tests.Simulation;

public sealed class SimulatedCommentsTests
{
    private static SimulationOptions Options(bool comments) => new()
    {
        Seed = 77,
        TargetCount = 3,
        Raters = [new RaterGroup(RaterRole.Self, 1), new RaterGroup(RaterRole.Peer, 5)],
        Comments = comments,
    };

    [Fact]
    public void Off_ByDefault_NoCommentsAndNoColumns()
    {
        SimulationOptions.Default.Comments.Should().BeFalse();
        var sample = ResponseSimulator.Simulate(CanonicalInstruments.Short, Options(false));
        using var csv = new StringWriter();
        sample.WriteCsv(csv);

        sample.ResponseSets.Should().OnlyContain(s => s.Comments.Count == 0);
        csv.ToString().Split('\n')[0].Should().NotContain("keep-doing");
    }

    [Fact]
    public void On_AnswersTheOpenQuestionsFromTheBank_WithoutChangingTheItemAnswers()
    {
        var without = ResponseSimulator.Simulate(CanonicalInstruments.Short, Options(false)).ResponseSets;
        var with = ResponseSimulator.Simulate(CanonicalInstruments.Short, Options(true)).ResponseSets;

        with.Select(s => s.Answers).Should().Equal(without.Select(s => s.Answers));
        var all = with.SelectMany(s => s.Comments).ToList();
        all.Select(c => c.Key).Should().OnlyContain(id => id == "keep-doing" || id == "do-differently");
        all.Count.Should().BeInRange(10, 36, "about three in four of 18 raters answer each of two questions");
        all.Where(c => c.Key == "keep-doing").Select(c => c.Value).Distinct().Count().Should().BeGreaterThan(1);
        ResponseSimulator.Simulate(CanonicalInstruments.Short, Options(true)).ResponseSets.Should().Equal(with, "the same seed gives the same comments");
    }

    [Fact]
    public void Csv_StreamedAndInMemory_SameBytes_AndReadBackAsComments()
    {
        var sample = ResponseSimulator.Simulate(CanonicalInstruments.Short, Options(true));
        using var expected = new StringWriter();
        sample.WriteCsv(expected);
        using var streamed = new StringWriter();
        ResponseSimulator.WriteCsv(CanonicalInstruments.Short, Options(true), streamed);

        streamed.ToString().Should().Be(expected.ToString());
        expected.ToString().Split('\n')[0].Should().EndWith(",keep-doing,do-differently");

        using var reader = InstrumentResponseReader.OpenCsv(new StringReader(expected.ToString()), "sim.csv", CanonicalInstruments.Short);
        reader.ReadAll(TestContext.Current.CancellationToken).Select(s => s.ResponseSet.Comments).Should().Equal(sample.ResponseSets.Select(s => s.Comments));
    }
}
