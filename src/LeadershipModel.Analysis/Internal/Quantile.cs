namespace LeadershipModel.Analysis.Internal;

/// <summary>Sample quantiles as R's <c>quantile(x, p, type = 7)</c>: <c>h = (n − 1)p</c>, linear between order statistics.</summary>
internal static class Quantile
{
    /// <summary>The type-7 quantile of sorted values; NaN when there are none.</summary>
    public static double Type7(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
