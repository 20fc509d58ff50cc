using LeadershipModel.Analysis.Internal;

namespace LeadershipModel.Analysis.Reliability;

/// <summary>psych's inner <c>alpha.1(C, R)</c>: the scale figures from a keyed covariance and correlation matrix.</summary>
internal readonly record struct AlphaCore(
    double Raw, double Std, double G6, double AverageR, double SignalToNoise, double Q, double VarR, double MedianR)
{
    /// <summary>Computes the figures on the rows and columns listed in <paramref name="use"/> of k × k matrices.</summary>
    public static AlphaCore Compute(double[] c, double[] r, int k, ReadOnlySpan<int> use)
    {
        var n = use.Length;
        double sumC = 0, trC = 0, sumR = 0, trCC = 0, sumCC = 0;
        var offDiagonal = new List<double>(n * (n - 1) / 2);
        var sub = new double[n * n];
        for (var a = 0; a < n; a++)
        {
            var i = use[a];
            var colSum = 0.0;
            for (var b = 0; b < n; b++)
            {
                var j = use[b];
                var cij = c[(i * k) + j];
                sumC += cij;
                colSum += cij;
                trCC += cij * cij;
                sumR += r[(i * k) + j];
                sub[(a * n) + b] = r[(i * k) + j];
                if (b < a)
                {
                    offDiagonal.Add(r[(i * k) + j]);
                }
            }

            trC += c[(i * k) + i];
            sumCC += colSum * colSum;
        }

        var raw = (1 - (trC / sumC)) * (n / (n - 1.0));
        var std = (1 - (n / sumR)) * (n / (n - 1.0));
        var smc = Smc.FromCorrelations(sub, n);
        var sumSmc = 0.0;
        foreach (var s in smc)
        {
            sumSmc += s;
        }

        var g6 = 1 - ((n - sumSmc) / sumR);
        var avr = (sumR - n) / (n * (n - 1.0));
        var sn = n * avr / (1 - avr);
        var q = (2.0 * n * n / ((n - 1.0) * (n - 1.0) * sumC * sumC * sumC)) * ((sumC * (trCC + (trC * trC))) - (2 * trC * sumCC));
        return new AlphaCore(raw, std, g6, avr, sn, q, Descriptive.Variance(offDiagonal), Descriptive.Median(offDiagonal));
    }
}
