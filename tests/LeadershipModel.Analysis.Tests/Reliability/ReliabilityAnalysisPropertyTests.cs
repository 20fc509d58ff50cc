using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;

namespace LeadershipModel.Analysis.Tests.Reliability;

public sealed class ReliabilityAnalysisPropertyTests
{
    [Fact]
    public void Alpha_ItemOrderPermuted_SameScaleFigures()
    {
        Samples.Check(Samples.Likert(), sample =>
        {
            var (rows, order) = sample;
            var k = rows[0].Length;
            var ids = Enumerable.Range(1, k).Select(i => $"I{i}").ToArray();
            var data = ResponseMatrix.FromRows(rows, ids);
            var permuted = ids.Zip(order).OrderBy(p => p.Second).Select(p => p.First).ToArray();

            var a = ReliabilityAnalysis.Alpha(data, ScaleKey.Create("s", ids));
            var b = ReliabilityAnalysis.Alpha(data, ScaleKey.Create("s", permuted));

            Same(a.RawAlpha, b.RawAlpha);
            Same(a.StandardizedAlpha, b.StandardizedAlpha);
            Same(a.Lambda6, b.Lambda6);
            Same(a.AverageR, b.AverageR);
            Same(a.MedianR, b.MedianR);
            Same(a.StandardError, b.StandardError);
            Same(a.Mean, b.Mean);
            Same(a.StandardDeviation, b.StandardDeviation);
            foreach (var item in a.Items)
            {
                var other = b.Items.Single(x => x.Key == item.Key);
                Same(item.RDrop, other.RDrop);
                Same(item.RawR, other.RawR);
                Same(item.IfDropped.RawAlpha, other.IfDropped.RawAlpha);
            }
        });
    }

    [Fact]
    public void Alpha_ItemKeyAndDataBothReversed_SameFigures()
    {
        Samples.Check(Samples.Likert(), sample =>
        {
            var (rows, order) = sample;
            var k = rows[0].Length;
            var ids = Enumerable.Range(1, k).Select(i => $"I{i}").ToArray();
            var flipped = (int)(order[0] * k) % k;
            var reversedRows = rows.Select(r => r.Select((x, c) => c == flipped ? 6 - x : x).ToArray()).ToArray();
            var keys = ids.Select((id, c) => c == flipped ? "-" + id : id).ToArray();
            var options = new AlphaOptions { Min = 1, Max = 5 };

            var a = ReliabilityAnalysis.Alpha(ResponseMatrix.FromRows(rows, ids), ScaleKey.Create("s", ids), options);
            var b = ReliabilityAnalysis.Alpha(ResponseMatrix.FromRows(reversedRows, ids), ScaleKey.Create("s", keys), options);

            Same(a.RawAlpha, b.RawAlpha);
            Same(a.StandardizedAlpha, b.StandardizedAlpha);
            Same(a.Lambda6, b.Lambda6);
            Same(a.Mean, b.Mean);
            Same(a.StandardDeviation, b.StandardDeviation);
            for (var i = 0; i < a.Items.Count; i++)
            {
                Same(a.Items[i].Mean, b.Items[i].Mean);
                Same(a.Items[i].RawR, b.Items[i].RawR);
                Same(a.Items[i].RDrop, b.Items[i].RDrop);
            }
        });
    }

    private static void Same(double? a, double? b)
    {
        if (a is null || b is null)
        {
            (a is null).Should().Be(b is null);
            return;
        }

        a.Value.Should().BeApproximately(b.Value, 1e-9);
    }
}
