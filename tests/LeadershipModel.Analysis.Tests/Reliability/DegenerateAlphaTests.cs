using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;

namespace LeadershipModel.Analysis.Tests.Reliability;

/// <summary>
/// Issue 14: alpha on degenerate data does what psych does, or leaves a figure empty with a note. The expected figures
/// are psych 2.2.9's, printed by Reference/degenerate.R into Reference/degenerate.out.
/// </summary>
public sealed class DegenerateAlphaTests
{
    private static ResponseMatrix Read(string file, bool doubles)
    {
        var data = ResponseMatrixCsvReader.ReadFile(ReferenceData.PathOf(file)).Matrix;
        return doubles ? ReferenceData.AsDoubles(data) : data;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Alpha_ItemWithNoAnswers_EqualsPsych(bool doubles)
    {
        var r = ReliabilityAnalysis.Alpha(Read("degenerate-all-na.csv", doubles), ScaleKey.Parse("s=A1,A2,A3"));

        r.RawAlpha.Should().BeApproximately(0.9002557545, 1e-9);
        r.StandardizedAlpha.Should().BeApproximately(0.9031054391, 1e-9);
        r.Lambda6.Should().BeApproximately(0.8233293074, 1e-9);
        r.StandardError.Should().BeApproximately(0.06929566623, 1e-9);
        r.Mean.Should().BeApproximately(2.041666667, 1e-8, "psych counts the unanswered item in the divisor");
        r.StandardDeviation.Should().BeApproximately(0.8807914911, 1e-9);
        r.Items.Select(i => i.RawR!.Value).Should().Equal([0.9497161599, 0.9596403182], (a, b) => Math.Abs(a - b) < 1e-9);
        r.Items.Select(i => i.IfDropped.RawAlpha!.Value).Should().Equal([0.7394957983, 0.9166666667], (a, b) => Math.Abs(a - b) < 1e-9);
        r.ZeroVarianceItems.Should().Equal("A3");
        r.Note.Should().Be("'A3' has no answers: as in psych's alpha(), left out of the correlations but counted in the divisor of each total score (its mean and sd).");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Alpha_ItemsNeverAnsweredTogether_LeavesTheCorrelationFiguresEmptyWithANote(bool doubles)
    {
        // psych stops with "missing values (NAs) in the correlation matrix do not allow me to continue".
        var r = ReliabilityAnalysis.Alpha(Read("degenerate-apart.csv", doubles), ScaleKey.Parse("s=B1,B2,B3"));

        new[] { r.RawAlpha, r.StandardizedAlpha, r.Lambda6, r.AverageR, r.MedianR, r.VarianceR, r.SignalToNoise, r.StandardError, r.FeldtLower, r.FeldtUpper }
            .Should().OnlyContain(x => x == null);
        r.Items.Should().OnlyContain(i => i.StandardizedR == null && i.CorrectedR == null && i.RDrop == null && i.IfDropped.RawAlpha == null);
        r.Items.Select(i => i.Count).Should().Equal(5, 5, 10);
        r.Note.Should().StartWith("items 'B1' and 'B2' have no known correlation").And.Contain("psych's alpha() stops with an error");
    }
}
