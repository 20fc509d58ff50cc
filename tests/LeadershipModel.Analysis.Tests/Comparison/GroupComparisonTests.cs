using LeadershipModel.Analysis.Comparison;

namespace LeadershipModel.Analysis.Tests.Comparison;

public sealed class GroupComparisonTests
{
    [Fact]
    public void Compare_TwoGroups_MatchesRWelchTTestAndPooledCohensD()
    {
        // R: t.test(x, y) and (mean(x) - mean(y)) / pooled sd.
        double[] x = [5.1, 4.8, 6.0, 5.5, 4.9, 5.2, 6.1];
        double[] y = [4.2, 4.9, 3.8, 4.4, 5.0, 4.1, 3.9, 4.6, 4.0, double.NaN];

        var result = GroupComparison.Compare(x, y);

        result.CountA.Should().Be(7);
        result.CountB.Should().Be(9);
        result.T!.Value.Should().BeApproximately(4.32940280145417, 1e-12);
        result.DegreesOfFreedom!.Value.Should().BeApproximately(11.7290450524724, 1e-10);
        result.PValue!.Value.Should().BeApproximately(0.00103209906065857, 1e-10);
        result.CohensD!.Value.Should().BeApproximately(2.23335027823701, 1e-12);
    }

    [Fact]
    public void Compare_GroupWithOneValue_TestFiguresAreNull()
    {
        var result = GroupComparison.Compare([1.0], [2.0, 3.0]);

        result.T.Should().BeNull();
        result.PValue.Should().BeNull();
        result.MeanA.Should().Be(1);
    }
}
