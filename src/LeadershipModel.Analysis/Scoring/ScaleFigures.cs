using System.Collections.Immutable;
using LeadershipModel.Analysis.Internal;
using LeadershipModel.Analysis.Reliability;

namespace LeadershipModel.Analysis.Scoring;

/// <summary>One scale's <c>scoreItems()</c> figures from the covariance matrix of all items scored.</summary>
internal static class ScaleFigures
{
    public static ScaleStatistics Compute(ScaleKey scale, (int[] Index, int[] Sign, string[] Keys) key, PairwiseMoments moments, double[] smc, int respondents)
    {
        var (index, sign, keys) = key;
        var m = moments.K;
        var c = moments.Covariance;
        var n = index.Length;
        double v = 0, sumVar = 0, sumVar2 = 0, sumSq = 0, sumSmc = 0;
        var colSum = new double[n];
        var offDiagonal = new List<double>();
        for (var a = 0; a < n; a++)
        {
            var i = index[a];
            for (var b = 0; b < n; b++)
            {
                var j = index[b];
                var cij = sign[a] * sign[b] * c[(i * m) + j];
                v += cij;
                colSum[a] += cij;
                sumSq += cij * cij;
                if (b < a)
                {
                    offDiagonal.Add(cij / Math.Sqrt(c[(i * m) + i] * c[(j * m) + j]));
                }
            }

            var cii = c[(i * m) + i];
            sumVar += cii;
            sumVar2 += cii * cii;
            sumSmc += smc[i];
        }

        var alpha = (v - sumVar) * n / ((n - 1.0) * v);
        var avr = alpha / (n - (alpha * (n - 1)));
        var g6 = (v - sumVar + sumSmc) / v;
        var q = (2.0 * n * n / ((n - 1.0) * (n - 1.0) * v * v * v)) * ((v * (sumVar2 + (sumVar * sumVar))) - (2 * sumVar * sumSq));
        var itemTotal = ImmutableArray.CreateBuilder<ItemTotalCorrelation>(n);
        for (var a = 0; a < n; a++)
        {
            var cii = c[(index[a] * m) + index[a]];
            itemTotal.Add(new ItemTotalCorrelation
            {
                Key = keys[a],
                CorrectedR = Figures.OrNull((colSum[a] - cii) / Math.Sqrt(cii * (v - (2 * colSum[a]) + cii))),
            });
        }

        return new ScaleStatistics
        {
            Scale = scale,
            ItemCount = n,
            Alpha = n > 1 ? Figures.OrNull(alpha) : null,
            AverageR = n > 1 ? Figures.OrNull(avr) : null,
            Lambda6 = n > 0 ? Figures.OrNull(g6) : null,
            SignalToNoise = n > 1 ? Figures.OrNull(avr * n / (1 - avr)) : null,
            MedianR = Figures.OrNull(Descriptive.Median(offDiagonal)),
            StandardError = n > 1 ? Figures.OrNull(Math.Sqrt(q / respondents)) : null,
            ItemTotalCorrelations = new EquatableArray<ItemTotalCorrelation>(itemTotal.ToImmutable()),
        };
    }
}
