using LeadershipModel.Analysis.Careless;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Tests.Careless;

public sealed class CarelessScreenTests
{
    [Fact]
    public void Screen_StraightLinerAndVariedRespondent_FlagsOnlyTheStraightLiner()
    {
        var data = ResponseMatrix.FromRows([[3, 3, 3, 3, 3, 3], [1, 4, 2, 5, 3, 2], [2, 2, 2, 2, 5, double.NaN]]);

        var result = CarelessScreen.Screen(data);

        result.Select(r => r.LongestRun).Should().Equal(6, 1, 4);
        result[0].LongString.Should().BeTrue();
        result[0].LowVariability.Should().BeTrue();
        result[1].Flagged.Should().BeFalse();
        result[2].LongString.Should().BeTrue("a run of 4 reaches half of 6 items");
        result[2].Answered.Should().Be(5);
        result[2].LowVariability.Should().BeFalse();
        result[2].RespondentId.Should().Be("3");
    }

    [Fact]
    public void Screen_CustomThresholds_AreApplied()
    {
        var data = ResponseMatrix.FromRows([[1, 1, 2, 2, 2, 1]]);

        var result = CarelessScreen.Screen(data, new CarelessScreenOptions { LongStringThreshold = 4, LowVariabilityThreshold = 0.6 });

        result[0].LongString.Should().BeFalse();
        result[0].LowVariability.Should().BeTrue();
        result[0].Variability.Should().BeApproximately(Math.Sqrt(0.3), 1e-15);
    }

    [Fact]
    public void Options_ThresholdBelowTwo_Throws()
    {
        var act = () => new CarelessScreenOptions { LongStringThreshold = 1 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
