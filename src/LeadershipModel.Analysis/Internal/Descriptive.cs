namespace LeadershipModel.Analysis.Internal;

/// <summary>Small descriptive statistics with R's conventions (NaN removed, n − 1 denominators, median of two middles).</summary>
internal static class Descriptive
{
    /// <summary>The median of the finite values, as R's <c>median(x, na.rm = TRUE)</c>; NaN when there are none.</summary>
    public static double Median(List<double> values)
    {
        var v = new List<double>(values.Count);
        foreach (var x in values)
        {
            if (!double.IsNaN(x))
            {
                v.Add(x);
            }
        }

        if (v.Count == 0)
        {
            return double.NaN;
        }

        v.Sort();
        var h = v.Count / 2;
        return v.Count % 2 == 1 ? v[h] : (v[h - 1] + v[h]) / 2;
    }

    /// <summary>The sample variance of the non-NaN values (two passes); NaN when fewer than two.</summary>
    public static double Variance(List<double> values)
    {
        var (_, squares, n) = Moments(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values));
        return n < 2 ? double.NaN : squares / (n - 1);
    }

    /// <summary>Mean and sample standard deviation of the non-NaN values (two passes).</summary>
    public static (double Mean, double Sd, int N) MeanSd(ReadOnlySpan<double> values)
    {
        var (mean, squares, n) = Moments(values);
        return (mean, n > 1 ? Math.Sqrt(squares / (n - 1)) : double.NaN, n);
    }

    /// <summary>Mean and sum of squared deviations of the non-NaN values, in two passes; the mean is NaN when there are none.</summary>
    private static (double Mean, double SumSquares, int N) Moments(ReadOnlySpan<double> values)
    {
        var n = 0;
        var sum = 0.0;
        foreach (var x in values)
        {
            if (!double.IsNaN(x))
            {
                n++;
                sum += x;
            }
        }

        if (n == 0)
        {
            return (double.NaN, double.NaN, 0);
        }

        var mean = sum / n;
        var squares = 0.0;
        foreach (var x in values)
        {
            if (!double.IsNaN(x))
            {
                squares += (x - mean) * (x - mean);
            }
        }

        return (mean, squares, n);
    }

    /// <summary>The Pearson correlation of x and y over the rows where both are present (two passes).</summary>
    public static double PairwiseCorrelation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = 0;
        double sx = 0, sy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                n++;
                sx += x[i];
                sy += y[i];
            }
        }

        if (n < 2)
        {
            return double.NaN;
        }

        double mx = sx / n, my = sy / n, sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                var dx = x[i] - mx;
                var dy = y[i] - my;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
    }
}
