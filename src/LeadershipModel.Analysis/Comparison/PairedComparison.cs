using LeadershipModel.Analysis.Internal;
using MathNet.Numerics.Distributions;

namespace LeadershipModel.Analysis.Comparison;

/// <summary>
/// Compares two paired sets of values (the same people twice, or self against others for each person): the paired
/// t test with its effect size d_z, as R's <c>t.test(x, y, paired = TRUE)</c>, and the Wilcoxon signed-rank test
/// with the normal approximation and continuity correction, as R's
/// <c>wilcox.test(x, y, paired = TRUE, exact = FALSE, correct = TRUE)</c>.
/// </summary>
/// <remarks>
/// <para>Only complete pairs count (a NaN on either side drops the pair). The differences are <c>d = x − y</c>.</para>
/// <para><b>t:</b> <c>t = mean(d)/(sd(d)/√n)</c>, <c>df = n − 1</c>, two-sided p; <c>d_z = mean(d)/sd(d)</c>.</para>
/// <para><b>Wilcoxon:</b> zero differences are dropped and n counts the rest; V is the sum of the ranks of |d|
/// (average ranks for ties) where d &gt; 0; <c>z = (V − n(n+1)/4 − ½·sign(V − n(n+1)/4))/σ</c> with
/// <c>σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48</c> over tie groups; <c>p = 2·min(Φ(z), 1 − Φ(z))</c>. Ties are exact
/// equality of the differences, as R's <c>rank</c> sees them.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class PairedComparison
{
    /// <summary>Compares paired values.</summary>
    /// <param name="x">The first value of each pair (such as the post score, or self).</param>
    /// <param name="y">The second value of each pair (such as the pre score, or others).</param>
    /// <returns>The paired t test, d_z and the signed-rank test.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static PairedComparisonResult Compare(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"Paired values need the same length; x has {x.Length} and y {y.Length}.", nameof(y));
        }

        var d = new List<double>(x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                d.Add(x[i] - y[i]);
            }
        }

        var (mean, sd, n) = Descriptive.MeanSd(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(d));
        var t = mean / (sd / Math.Sqrt(n));
        var df = n - 1.0;
        var p = double.IsFinite(t) && n > 1 ? 2 * StudentT.CDF(0, 1, df, -Math.Abs(t)) : double.NaN;
        return new PairedComparisonResult
        {
            Count = n,
            MeanDifference = Figures.OrNull(mean),
            StandardDeviationOfDifferences = Figures.OrNull(sd),
            T = Figures.OrNull(t),
            DegreesOfFreedom = n > 1 ? df : null,
            PValue = Figures.OrNull(p),
            Dz = Figures.OrNull(mean / sd),
            SignedRank = SignedRank(d),
        };
    }

    private static SignedRankResult SignedRank(List<double> differences)
    {
        var nonZero = differences.Where(v => v != 0).ToArray();
        var n = nonZero.Length;
        if (n == 0)
        {
            return new SignedRankResult { Count = 0 };
        }

        var order = Enumerable.Range(0, n).OrderBy(i => Math.Abs(nonZero[i])).ToArray();
        var ranks = new double[n];
        double tieSum = 0;
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j + 1 < n && Math.Abs(nonZero[order[j + 1]]) == Math.Abs(nonZero[order[i]]))
            {
                j++;
            }

            var rank = (i + j + 2) / 2.0;
            for (var k = i; k <= j; k++)
            {
                ranks[order[k]] = rank;
            }

            double size = j - i + 1;
            tieSum += (size * size * size) - size;
            i = j + 1;
        }

        double v = 0;
        for (var i = 0; i < n; i++)
        {
            if (nonZero[i] > 0)
            {
                v += ranks[i];
            }
        }

        var centred = v - (n * (n + 1) / 4.0);
        var sigma = Math.Sqrt((n * (n + 1.0) * ((2.0 * n) + 1) / 24) - (tieSum / 48));
        var z = (centred - (0.5 * Math.Sign(centred))) / sigma;
        // 2·min(Φ(z), 1 − Φ(z)) written as 2·Φ(−|z|), which keeps tiny p-values from rounding to 0.
        var p = double.IsFinite(z) ? 2 * Normal.CDF(0, 1, -Math.Abs(z)) : double.NaN;
        return new SignedRankResult { Count = n, V = v, Z = Figures.OrNull(z), PValue = Figures.OrNull(Math.Min(1, p)) };
    }
}
