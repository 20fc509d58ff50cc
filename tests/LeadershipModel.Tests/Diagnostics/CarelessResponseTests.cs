using CsCheck;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Tests.Diagnostics;

public sealed class CarelessResponseTests
{
    [Theory]
    [InlineData(new double[0], 0)]
    [InlineData(new[] { 3.0 }, 1)]
    [InlineData(new[] { 1.0, 2, 2, 2, 3, 3 }, 3)]
    [InlineData(new[] { 4.0, 4, 4, 4, 4 }, 5)]
    [InlineData(new[] { 2.0, 2, double.NaN, 2, 2, 2 }, 3)]
    [InlineData(new[] { double.NaN, double.NaN }, 0)]
    public void LongestRun_Answers_CountsIdenticalConsecutiveAnswersAndMissingEndsARun(double[] answers, int expected)
        => CarelessResponse.LongestRun(answers).Should().Be(expected);

    [Fact]
    public void IntraIndividualVariability_Answers_IsSampleSdOfAnsweredItems()
    {
        CarelessResponse.IntraIndividualVariability([1, 2, 3, double.NaN, 4]).Should().BeApproximately(Math.Sqrt(5.0 / 3), 1e-15);
        CarelessResponse.IntraIndividualVariability([3, 3, 3]).Should().Be(0);
    }

    [Fact]
    public void IntraIndividualVariability_FewerThanTwoAnswers_IsNaN()
        => double.IsNaN(CarelessResponse.IntraIndividualVariability([double.NaN, 5])).Should().BeTrue();

    /// <summary>Few distinct values (both zeros among them), so that long runs and missing answers across blocks of 64 are common.</summary>
    private static readonly Gen<double[]> RunnyAnswers =
        Gen.Frequency((1, Gen.Const(double.NaN)), (1, Gen.Const(-0.0)), (1, Gen.Const(0.0)), (6, Gen.Const(2.0)), (2, Gen.Const(2.5))).Array[0, 300];

    [Fact]
    public void LongestRun_AnyAnswers_EqualsTheAnswerByAnswerCount() =>
        RunnyAnswers.Sample(answers => CarelessResponse.LongestRun(answers) == ReferenceLongestRun(answers));

    [Fact]
    public void IntraIndividualVariability_AnyAnswers_EqualsTheInOrderSumsBitForBit() =>
        RunnyAnswers.Sample(answers => CarelessResponse.IntraIndividualVariability(answers).Equals(ReferenceVariability(answers)));

    [Fact]
    public void Engine_CanonicalFullForm_RecordsTheAnswerByAnswerIndicesBitForBit()
    {
        var instrument = CanonicalInstruments.Full;
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();

        // Long stretches of one answer, so that runs cross the blocks of 64 items.
        var answers = Gen.Frequency((1, Gen.Const((double?)null)), (3, Gen.Int[1, 5].Select(i => (double?)i)), (12, Gen.Const((double?)3)))
            .Array[instrument.Items.Count];
        answers.Sample(values =>
        {
            var set = ResponseSet.Create(instrument.Id, instrument.Version, "r", instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, values[i])));
            var result = engine.Score(set);
            var raw = values.Select(v => v ?? double.NaN).ToArray();
            var expectedIrv = ReferenceVariability(raw);
            return !result.IsScored
                || (result.Profile.Diagnostics.LongestRun == ReferenceLongestRun(raw)
                    && (result.Profile.Diagnostics.ResponseVariability ?? double.NaN).Equals(expectedIrv));
        });
    }

    /// <summary>The definition, answer by answer: an answer equal to the one before extends the run, a missing one ends it.</summary>
    private static int ReferenceLongestRun(double[] answers)
    {
        int longest = 0, run = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            if (double.IsNaN(answers[i]))
            {
                run = 0;
            }
            else
            {
                run = i > 0 && answers[i] == answers[i - 1] ? run + 1 : 1;
            }

            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>The sample standard deviation with both sums taken in item order.</summary>
    private static double ReferenceVariability(double[] answers)
    {
        var present = answers.Where(x => !double.IsNaN(x)).ToArray();
        if (present.Length < 2)
        {
            return double.NaN;
        }

        var sum = 0.0;
        foreach (var x in present)
        {
            sum += x;
        }

        var mean = sum / present.Length;
        var ss = 0.0;
        foreach (var x in present)
        {
            ss += (x - mean) * (x - mean);
        }

        return Math.Sqrt(ss / (present.Length - 1));
    }
}
