using LeadershipModel.Analysis.Comparison;

namespace LeadershipModel.Analysis.Tests.Comparison;

public sealed class PairedComparisonTests
{
    public static TheoryData<int> ReferenceCases() => new(Enumerable.Range(0, ResearchReference.Root.GetProperty("paired").GetArrayLength()));

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Compare_EqualsRsPairedTTestAndWilcoxon(int index)
    {
        var c = ResearchReference.Root.GetProperty("paired")[index];
        var x = ResearchReference.Numbers(c.GetProperty("x"));
        var y = ResearchReference.Numbers(c.GetProperty("y"));

        var result = PairedComparison.Compare(x, y);

        var because = c.GetProperty("name").GetString();
        result.Count.Should().Be(c.GetProperty("n").GetInt32(), because);
        result.MeanDifference!.Value.Should().BeApproximately(c.GetProperty("mean_difference").GetDouble(), 1e-12, because);
        result.T!.Value.Should().BeApproximately(c.GetProperty("t").GetDouble(), 1e-10, because);
        result.DegreesOfFreedom.Should().Be(c.GetProperty("df").GetDouble(), because);
        result.PValue!.Value.Should().BeApproximately(c.GetProperty("p").GetDouble(), 1e-10, because);
        result.Dz!.Value.Should().BeApproximately(c.GetProperty("dz").GetDouble(), 1e-12, because);
        result.SignedRank.V.Should().Be(c.GetProperty("v").GetDouble(), because);
        var wilcoxon = c.GetProperty("wilcoxon_p").GetDouble();
        result.SignedRank.PValue!.Value.Should().BeApproximately(wilcoxon, wilcoxon < 1e-6 ? wilcoxon * 1e-6 : 1e-10, because);
    }

    [Fact]
    public void Compare_HandExample_ZerosDroppedAndTiesAveraged()
    {
        // d = 2, 0, -1, 2, 1: zero dropped, n = 4; |d| ranks: 1 -> 1.5 (two ones), 2 -> 3.5 (two twos).
        // V = 3.5 + 3.5 + 1.5 = 8.5; E = 5; σ² = 4·5·9/24 − (6 + 6)/48 = 7.25; z = (3.5 − 0.5)/√7.25.
        var result = PairedComparison.Compare([3, 1, 1, 5, 2], [1, 1, 2, 3, 1]);

        result.SignedRank.Count.Should().Be(4);
        result.SignedRank.V.Should().Be(8.5);
        result.SignedRank.Z!.Value.Should().BeApproximately(3 / Math.Sqrt(7.25), 1e-14);
        result.MeanDifference.Should().BeApproximately(0.8, 1e-15);
        result.Dz!.Value.Should().BeApproximately(0.8 / Math.Sqrt(1.7), 1e-14);
    }

    [Fact]
    public void Compare_NoDifferences_GivesNoFigures()
    {
        var result = PairedComparison.Compare([1, 2, 3], [1, 2, 3]);

        result.T.Should().BeNull();
        result.Dz.Should().BeNull();
        result.SignedRank.Count.Should().Be(0);
        result.SignedRank.PValue.Should().BeNull();
    }
}
