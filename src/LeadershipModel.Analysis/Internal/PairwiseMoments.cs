using System.Runtime.CompilerServices;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Internal;

/// <summary>
/// Pairwise covariances and correlations of selected columns, as R's <c>cov</c> and <c>cor</c> with
/// <c>use = "pairwise"</c>: entry (i, j) uses the rows where both columns are present, that pair's own means, and
/// divides by n_ij − 1.
/// </summary>
/// <remarks>
/// Compact (byte) data accumulate exact 64-bit integer sums, so the figures do not depend on row order or on how rows
/// are split into chunks; double data use two passes (pair means first, then centred cross-products).
/// </remarks>
internal sealed class PairwiseMoments
{
    private PairwiseMoments(int k)
    {
        K = k;
        Count = new long[k * k];
        Covariance = new double[k * k];
        Correlation = new double[k * k];
        Mean = new double[k];
    }

    /// <summary>Gets the number of columns.</summary>
    public int K { get; }

    /// <summary>Gets n_ij, row-major k × k.</summary>
    public long[] Count { get; }

    /// <summary>Gets the pairwise covariances, row-major k × k (NaN when n_ij &lt; 2).</summary>
    public double[] Covariance { get; }

    /// <summary>Gets the pairwise correlations, row-major k × k (NaN when undefined; 1 on the diagonal of a varying column).</summary>
    public double[] Correlation { get; }

    /// <summary>Gets each column's mean over its answered rows.</summary>
    public double[] Mean { get; }

    public static PairwiseMoments Compute(ResponseMatrix data, ReadOnlySpan<int> columns, int maxDegreeOfParallelism = -1, CompactKernel kernel = CompactKernel.Auto)
        => data.IsCompact ? ComputeBytes(data, columns.ToArray(), maxDegreeOfParallelism, kernel) : ComputeDoubles(data, columns);

    /// <summary>The moments of a subset of this object's columns: pairwise figures of a pair do not depend on the other columns.</summary>
    /// <param name="positions">Positions into this object's columns.</param>
    public PairwiseMoments Subset(int[] positions)
    {
        var k = positions.Length;
        var m = new PairwiseMoments(k);
        for (var a = 0; a < k; a++)
        {
            var i = positions[a];
            m.Mean[a] = Mean[i];
            for (var b = 0; b < k; b++)
            {
                var from = (i * K) + positions[b];
                var to = (a * k) + b;
                m.Count[to] = Count[from];
                m.Covariance[to] = Covariance[from];
                m.Correlation[to] = Correlation[from];
            }
        }

        return m;
    }

    /// <summary>Computes the moments of a dense matrix with no missing values (rows × k, row-major).</summary>
    public static PairwiseMoments ComputeComplete(double[] values, int rows, int k)
    {
        var m = new PairwiseMoments(k);
        var mean = m.Mean;
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < k; i++)
            {
                mean[i] += values[(r * k) + i];
            }
        }

        for (var i = 0; i < k; i++)
        {
            mean[i] /= rows;
        }

        var sxy = new double[k * k];
        var d = new double[k];
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < k; i++)
            {
                d[i] = values[(r * k) + i] - mean[i];
            }

            for (var i = 0; i < k; i++)
            {
                var di = d[i];
                var rowOff = i * k;
                for (var j = i; j < k; j++)
                {
                    sxy[rowOff + j] += di * d[j];
                }
            }
        }

        for (var i = 0; i < k; i++)
        {
            for (var j = i; j < k; j++)
            {
                m.Count[(i * k) + j] = m.Count[(j * k) + i] = rows;
                var cov = rows > 1 ? sxy[(i * k) + j] / (rows - 1) : double.NaN;
                m.Covariance[(i * k) + j] = m.Covariance[(j * k) + i] = cov;
            }
        }

        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var vi = sxy[(i * k) + i];
                var vj = sxy[(j * k) + j];
                var num = sxy[(Math.Min(i, j) * k) + Math.Max(i, j)];
                m.Correlation[(i * k) + j] = i == j ? (vi > 0 ? 1.0 : double.NaN) : Ratio(num, vi * vj);
            }
        }

        return m;
    }

    private static PairwiseMoments ComputeBytes(ResponseMatrix data, int[] columns, int maxDegreeOfParallelism, CompactKernel kernel)
    {
        var k = columns.Length;
        var m = new PairwiseMoments(k);
        var totals = CompactMoments.Accumulate(data.BytesMemory, data.ItemCount, data.RespondentCount, columns, maxDegreeOfParallelism, kernel);
        var sx = new long[k * k];
        var sxx = new long[k * k];
        var sxy = new long[k * k];
        totals.ToPairSums(data.RespondentCount, m.Count, sx, sxx, sxy);
        FromIntegerSums(m, sx, sxx, sxy);
        return m;
    }

    /// <summary>
    /// The moments from exact integer pair sums, as the compact path forms them: at [i·k + j] the rows where both are
    /// answered, Σ x_i and Σ x_i² over them, and Σ x_i x_j.
    /// </summary>
    internal static PairwiseMoments FromSums(int k, long[] count, long[] sx, long[] sxx, long[] sxy)
    {
        var m = new PairwiseMoments(k);
        count.CopyTo(m.Count, 0);
        FromIntegerSums(m, sx, sxx, sxy);
        return m;
    }

    /// <summary>Exact integer sums to means, covariances and correlations (the products are formed in 128 bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FromIntegerSums(PairwiseMoments m, long[] sx, long[] sxx, long[] sxy)
    {
        var k = m.K;
        for (var i = 0; i < k; i++)
        {
            var nii = m.Count[(i * k) + i];
            m.Mean[i] = nii > 0 ? (double)sx[(i * k) + i] / nii : double.NaN;
            for (var j = 0; j < k; j++)
            {
                var ij = (i * k) + j;
                var ji = (j * k) + i;
                long nij = m.Count[ij];
                var num = ((Int128)nij * sxy[ij]) - ((Int128)sx[ij] * sx[ji]);
                var vi = ((Int128)nij * sxx[ij]) - ((Int128)sx[ij] * sx[ij]);
                var vj = ((Int128)nij * sxx[ji]) - ((Int128)sx[ji] * sx[ji]);
                m.Covariance[ij] = nij > 1 ? (double)num / ((double)nij * (nij - 1)) : double.NaN;
                m.Correlation[ij] = i == j
                    ? (nij > 1 && vi > 0 ? 1.0 : double.NaN)
                    : (nij > 1 ? Ratio((double)num, (double)vi * (double)vj) : double.NaN);
            }
        }
    }

    /// <summary>Means, covariances and correlations from exact integer sums per pair (row-major k × k), as the block kernels accumulate them.</summary>
    /// <param name="count">Answers present in both items of each pair.</param>
    /// <param name="sx">Sum of item i over the rows where j is present.</param>
    /// <param name="sxx">Sum of squares of item i over the rows where j is present.</param>
    /// <param name="sxy">Sum of products over the rows where both are present.</param>
    internal static PairwiseMoments FromSums(long[] count, long[] sx, long[] sxx, long[] sxy)
    {
        var m = new PairwiseMoments((int)Math.Sqrt(count.Length));
        count.CopyTo(m.Count, 0);
        FromIntegerSums(m, sx, sxx, sxy);
        return m;
    }

    private static PairwiseMoments ComputeDoubles(ResponseMatrix data, ReadOnlySpan<int> columns)
    {
        var k = columns.Length;
        var m = new PairwiseMoments(k);
        var sx = new double[k * k];
        var v = new double[k];

        // Pass 1: counts and sums per pair, for the pair means; pass 2: centred sums of squares and cross-products.
        var mean = new double[k * k];
        var sxx = new double[k * k];
        var sxy = new double[k * k];
        AccumulateDoubles(data, columns, v, m.Count, sx, mean: null, sxx, sxy);
        for (var ij = 0; ij < k * k; ij++)
        {
            mean[ij] = m.Count[ij] > 0 ? sx[ij] / m.Count[ij] : double.NaN;
        }

        AccumulateDoubles(data, columns, v, m.Count, sx, mean, sxx, sxy);
        for (var i = 0; i < k; i++)
        {
            m.Mean[i] = mean[(i * k) + i];
            for (var j = 0; j < k; j++)
            {
                var ij = (i * k) + j;
                var nij = m.Count[ij];
                m.Covariance[ij] = nij > 1 ? sxy[ij] / (nij - 1) : double.NaN;
                m.Correlation[ij] = i == j
                    ? (nij > 1 && sxx[ij] > 0 ? 1.0 : double.NaN)
                    : (nij > 1 ? Ratio(sxy[ij], sxx[ij] * sxx[(j * k) + i]) : double.NaN);
            }
        }

        return m;
    }

    /// <summary>One pass over the rows: without <paramref name="mean"/>, counts and sums per pair; with it, centred squares and products.</summary>
    private static void AccumulateDoubles(ResponseMatrix data, ReadOnlySpan<int> columns, double[] v, long[] count, double[] sx, double[]? mean, double[] sxx, double[] sxy)
    {
        var k = columns.Length;
        for (var r = 0; r < data.RespondentCount; r++)
        {
            Gather(data.GetDoubleRow(r), columns, v);
            for (var i = 0; i < k; i++)
            {
                if (double.IsNaN(v[i]))
                {
                    continue;
                }

                var off = i * k;
                for (var j = 0; j < k; j++)
                {
                    if (double.IsNaN(v[j]))
                    {
                        continue;
                    }

                    if (mean is null)
                    {
                        count[off + j]++;
                        sx[off + j] += v[i];
                    }
                    else
                    {
                        var di = v[i] - mean[off + j];
                        var dj = v[j] - mean[(j * k) + i];
                        sxx[off + j] += di * di;
                        sxy[off + j] += di * dj;
                    }
                }
            }
        }
    }

    private static void Gather(ReadOnlySpan<double> row, ReadOnlySpan<int> columns, double[] v)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            v[i] = row[columns[i]];
        }
    }

    private static double Ratio(double num, double varProduct)
        => varProduct > 0 ? num / Math.Sqrt(varProduct) : double.NaN;
}
