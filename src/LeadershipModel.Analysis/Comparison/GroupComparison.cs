using LeadershipModel.Analysis.Internal;
using MathNet.Numerics.Distributions;

namespace LeadershipModel.Analysis.Comparison;

/// <summary>Compares two groups' scores: Welch's t test (as R's <c>t.test</c>) and Cohen's d with the pooled standard deviation.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class GroupComparison
{
    /// <summary>Compares two groups; NaN values are left out.</summary>
    /// <param name="groupA">The first group's values.</param>
    /// <param name="groupB">The second group's values.</param>
    /// <returns>The comparison.</returns>
    public static GroupComparisonResult Compare(ReadOnlySpan<double> groupA, ReadOnlySpan<double> groupB)
    {
        var (ma, sa, na) = Descriptive.MeanSd(groupA);
        var (mb, sb, nb) = Descriptive.MeanSd(groupB);
        var va = sa * sa / na;
        var vb = sb * sb / nb;
        var se = Math.Sqrt(va + vb);
        var t = (ma - mb) / se;
        var df = (va + vb) * (va + vb) / ((va * va / (na - 1)) + (vb * vb / (nb - 1)));
        var p = double.IsFinite(t) && double.IsFinite(df) ? 2 * StudentT.CDF(0, 1, df, -Math.Abs(t)) : double.NaN;
        var pooled = Math.Sqrt((((na - 1) * sa * sa) + ((nb - 1) * sb * sb)) / (na + nb - 2));
        return new GroupComparisonResult
        {
            CountA = na,
            CountB = nb,
            MeanA = Figures.OrNull(ma),
            MeanB = Figures.OrNull(mb),
            StandardDeviationA = Figures.OrNull(sa),
            StandardDeviationB = Figures.OrNull(sb),
            MeanDifference = Figures.OrNull(ma - mb),
            T = Figures.OrNull(t),
            DegreesOfFreedom = Figures.OrNull(df),
            PValue = Figures.OrNull(p),
            CohensD = Figures.OrNull((ma - mb) / pooled),
        };
    }
}
