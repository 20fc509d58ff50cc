using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;

namespace LeadershipModel.Analysis.Tests.Reliability;

public sealed class ReliabilityAnalysisCornerCaseTests
{
    private static readonly double[][] Rows =
    [
        [1, 2, 2, 3], [2, 2, 3, 3], [3, 4, 3, 3], [4, 4, 5, 3], [5, 4, 4, 3], [2, 1, 2, 3], [4, 5, 5, double.NaN],
    ];

    [Fact]
    public void Alpha_ZeroVarianceItem_LeftOutOfMatricesButCountedInTotal()
    {
        var data = ResponseMatrix.FromRows(Rows, ["A", "B", "C", "Z"]);

        var withZ = ReliabilityAnalysis.Alpha(data, ScaleKey.Create("s", "A", "B", "C", "Z"));
        var withoutZ = ReliabilityAnalysis.Alpha(data, ScaleKey.Create("s", "A", "B", "C"));

        withZ.ZeroVarianceItems.Should().Equal("Z");
        withZ.ItemCount.Should().Be(3);
        withZ.RawAlpha.Should().BeApproximately(withoutZ.RawAlpha!.Value, 1e-15);
        withZ.Items.Select(i => i.Key).Should().Equal("A", "B", "C");

        // psych 2.2.9 alpha() on the same data frame.
        withZ.RawAlpha!.Value.Should().BeApproximately(0.934579439252337, 1e-12);
        withZ.Mean!.Value.Should().BeApproximately(3.14285714285714, 1e-12);

        // psych: total = (nvar · rowMeans + constant) / (nvar + 1); row 1 answers 1, 2, 2 and the constant is 3.
        var expectedFirst = ((3 * (5.0 / 3)) + 3) / 4;
        var totals = Rows.Select(r => ((3 * ((r[0] + r[1] + r[2]) / 3)) + 3) / 4).ToArray();
        withZ.Mean!.Value.Should().BeApproximately(totals.Average(), 1e-12);
        totals[0].Should().BeApproximately(expectedFirst, 1e-15);
    }

    [Fact]
    public void Alpha_MinMaxOverridden_ReversesWithTheGivenRange()
    {
        var data = ResponseMatrix.FromRows(Rows, ["A", "B", "C", "Z"]);

        var observed = ReliabilityAnalysis.Alpha(data, ScaleKey.Create("s", "-A", "B", "C"));
        var declared = ReliabilityAnalysis.Alpha(data, ScaleKey.Create("s", "-A", "B", "C"), new AlphaOptions { Min = 1, Max = 7 });

        observed.ReverseMin.Should().Be(1);
        observed.ReverseMax.Should().Be(5);
        observed.Items[0].Mean!.Value.Should().BeApproximately(6 - (21.0 / 7), 1e-12);
        declared.Items[0].Mean!.Value.Should().BeApproximately(8 - (21.0 / 7), 1e-12);
        declared.RawAlpha.Should().BeApproximately(observed.RawAlpha!.Value, 1e-12, "reversing shifts answers but not covariances");
    }

    [Fact]
    public void Alpha_SingleItemWithVariance_ScaleFiguresAreNull()
    {
        var data = ResponseMatrix.FromRows(Rows, ["A", "B", "C", "Z"]);

        var result = ReliabilityAnalysis.Alpha(data, ScaleKey.Create("s", "A", "Z"));

        result.RawAlpha.Should().BeNull();
        result.StandardizedAlpha.Should().BeNull();
        result.FeldtLower.Should().BeNull();
        result.Items.Should().ContainSingle().Which.Count.Should().Be(7);
    }

    [Fact]
    public void Alpha_UnknownItem_ThrowsNamingItemAndScale()
    {
        var data = ResponseMatrix.FromRows(Rows, ["A", "B", "C", "Z"]);

        var act = () => ReliabilityAnalysis.Alpha(data, ScaleKey.Parse("agree=A,-B,A9"));

        act.Should().Throw<ArgumentException>().WithMessage("Scale 'agree' names item 'A9', which is not in the data.*");
    }
}
