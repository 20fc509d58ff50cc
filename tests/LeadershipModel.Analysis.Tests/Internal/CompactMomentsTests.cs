using LeadershipModel.Analysis.Internal;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Tests.Internal;

public sealed class CompactMomentsTests
{
    [Theory]
    [InlineData(1, 3, 1)]
    [InlineData(17, 5, -1)]
    [InlineData(5_000, 12, 1)]
    [InlineData(40_000, 40, -1)]
    [InlineData(40_000, 40, 2)]
    public void Compute_CompactData_EqualsRowByRowReferenceBitForBit(int rows, int items, int threads)
    {
        var data = Random(rows, items, seed: rows + items);
        var columns = Enumerable.Range(0, items).Reverse().Where(c => c % 7 != 3).ToArray();

        var reference = ComputeBytesReference(data, columns);
        var fast = PairwiseMoments.Compute(data, columns, threads);

        fast.Count.Should().Equal(reference.Count);
        Bits(fast.Covariance).Should().Equal(Bits(reference.Covariance));
        Bits(fast.Correlation).Should().Equal(Bits(reference.Correlation));
        Bits(fast.Mean).Should().Equal(Bits(reference.Mean));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(46)]
    [InlineData(254)]
    public void Compute_EveryKernel_EqualsReference(int largest)
    {
        var data = Random(3_000, 20, seed: 9, largest);
        var columns = Enumerable.Range(0, 20).ToArray();
        var reference = ComputeBytesReference(data, columns);
        var vector = PairwiseMoments.Compute(data, columns);
        Bits(vector.Covariance).Should().Equal(Bits(reference.Covariance));
        Bits(vector.Correlation).Should().Equal(Bits(reference.Correlation));
        var wide = PairwiseMoments.Compute(data, columns, kernel: CompactKernel.Wide);
        Bits(wide.Covariance).Should().Equal(Bits(reference.Covariance));
        var scalar = PairwiseMoments.Compute(data, columns, kernel: CompactKernel.Scalar);
        Bits(scalar.Covariance).Should().Equal(Bits(reference.Covariance));
        Bits(scalar.Correlation).Should().Equal(Bits(reference.Correlation));
    }

    /// <summary>The plain row-by-row accumulation of exact integer sums, the reference the block kernels are tested against.</summary>
    private static PairwiseMoments ComputeBytesReference(ResponseMatrix data, int[] columns)
    {
        var k = columns.Length;
        var count = new long[k * k];
        var sx = new long[k * k];
        var sxx = new long[k * k];
        var sxy = new long[k * k];
        var v = new int[k];
        for (var r = 0; r < data.RespondentCount; r++)
        {
            var row = data.GetByteRow(r);
            for (var i = 0; i < k; i++)
            {
                var b = row[columns[i]];
                v[i] = b == ResponseMatrix.MissingByte ? -1 : b;
            }

            for (var i = 0; i < k; i++)
            {
                for (var j = 0; j < k; j++)
                {
                    if (v[i] >= 0 && v[j] >= 0)
                    {
                        count[(i * k) + j]++;
                        sx[(i * k) + j] += v[i];
                        sxx[(i * k) + j] += v[i] * v[i];
                        sxy[(i * k) + j] += v[i] * v[j];
                    }
                }
            }
        }

        return PairwiseMoments.FromSums(count, sx, sxx, sxy);
    }

    /// <summary>Answers 0..largest with about 5% missing; column 1 constant, column 2 nearly all missing.</summary>
    internal static ResponseMatrix Random(int rows, int items, int seed, int largest = 6)
    {
        var rng = new Random(seed);
        var builder = ResponseMatrix.CreateBuilder(Enumerable.Range(1, items).Select(i => $"i{i}"));
        var row = new double[items];
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < items; i++)
            {
                row[i] = rng.Next(100) < 5 ? double.NaN : rng.Next(largest + 1);
            }

            if (items > 1)
            {
                row[1] = 3;
            }

            if (items > 2)
            {
                row[2] = r % 997 == 5 ? 4 : double.NaN;
            }

            builder.AddRow(row);
        }

        var m = builder.Build();
        m.IsCompact.Should().BeTrue();
        return m;
    }

    private static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();
}
