using MathNet.Numerics.LinearAlgebra;

namespace LeadershipModel.Analysis.Internal;

/// <summary>Squared multiple correlations as psych's <c>smc</c>: 1 − 1/[R⁺]_ii with the pseudo-inverse of psych's <c>Pinv</c>.</summary>
internal static class Smc
{
    /// <summary>R's <c>.Machine$double.eps</c>.</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// Computes the squared multiple correlation of each variable from a correlation matrix (row-major k × k).
    /// Singular values at or below √eps · d_max are dropped; results are clipped to [0, 1]. A matrix with a missing
    /// (NaN) entry gives NaN for every variable.
    /// </summary>
    public static double[] FromCorrelations(double[] r, int k)
    {
        var smc = new double[k];
        foreach (var x in r)
        {
            if (!double.IsFinite(x))
            {
                Array.Fill(smc, double.NaN);
                return smc;
            }
        }

        var m = Matrix<double>.Build.Dense(k, k, (i, j) => r[(i * k) + j]);
        var svd = m.Svd(true);
        var d = svd.S;
        var u = svd.U;
        var vt = svd.VT;
        var tol = Math.Max(Math.Sqrt(MachineEpsilon) * d[0], 0);
        for (var i = 0; i < k; i++)
        {
            var diag = 0.0;
            for (var c = 0; c < d.Count; c++)
            {
                if (d[c] > tol)
                {
                    diag += vt[c, i] * u[i, c] / d[c];
                }
            }

            smc[i] = Math.Clamp(1 - (1 / diag), 0, 1);
        }

        return smc;
    }

    /// <summary>Computes smc from a covariance matrix as psych's <c>smc(C, covar = TRUE)</c>: on cov2cor(C), times each variance.</summary>
    public static double[] FromCovariances(double[] c, int k)
    {
        var r = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                r[(i * k) + j] = c[(i * k) + j] / Math.Sqrt(c[(i * k) + i] * c[(j * k) + j]);
            }
        }

        var smc = FromCorrelations(r, k);
        for (var i = 0; i < k; i++)
        {
            smc[i] *= c[(i * k) + i];
        }

        return smc;
    }
}
