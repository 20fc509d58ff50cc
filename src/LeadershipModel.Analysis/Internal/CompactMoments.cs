using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LeadershipModel.Analysis.Internal;

/// <summary>
/// Exact integer sums behind the pairwise moments of byte-stored answers, accumulated over blocks of rows in
/// parallel.
/// </summary>
/// <remarks>
/// <para>With x the answers (a missing one read as 0) the pairwise sums are recovered from a few totals:
/// Σ x_i x_j over rows where both are present is the Gram matrix X'X (missing cells contribute 0);
/// n_ij = N − miss_i − miss_j + miss_ij; Σ x_i over rows where j is present is S_i − Σ_{j missing} x_i, and likewise
/// for squares. The Gram matrix is computed on column-major blocks of 16-bit values with multiply-add-adjacent (16
/// products per AVX2 instruction) into 32-bit lanes that cannot overflow within a block, then added to 64-bit totals;
/// the corrections visit only missing cells.</para>
/// <para>Every total is an integer, so the result does not depend on the order rows are visited, on the block size or
/// on how chunks are spread over threads: parallel and sequential runs agree bit for bit.</para>
/// </remarks>
internal sealed class CompactMoments
{
    /// <summary>Rows per column-major block (a multiple of 16); 254² · 2 · Block / 16 stays far below 2³¹.</summary>
    internal const int Block = 256;

    /// <summary>Rows per parallel work item (a multiple of <see cref="Block"/>).</summary>
    internal const int ChunkRows = 16 * Block;

    private readonly int _k;
    private readonly int _kk;

    private CompactMoments(int k)
    {
        _k = k;
        _kk = k + 1;
        Missing = new long[k];
        Gram = new long[_kk * _kk];
        MissingSum = new long[k * k];
        MissingSquares = new long[k * k];
        BothMissing = new long[k * k];
    }

    /// <summary>Gets the number of missing cells per column.</summary>
    public long[] Missing { get; }

    /// <summary>Gets X'X over the columns plus a column of ones (upper triangle, (k + 1) × (k + 1)); the last column holds S_i and the row count.</summary>
    public long[] Gram { get; }

    /// <summary>Gets, at [j·k + i], Σ x_i over rows where column j is missing.</summary>
    public long[] MissingSum { get; }

    /// <summary>Gets, at [j·k + i], Σ x_i² over rows where column j is missing.</summary>
    public long[] MissingSquares { get; }

    /// <summary>Gets, at [i·k + j], the number of rows where both columns are missing (the diagonal is Missing).</summary>
    public long[] BothMissing { get; }

    /// <summary>Gets or sets a value indicating whether the vector kernels are bypassed (tests compare both).</summary>
    internal static bool ForceScalar { get; set; }

    /// <summary>Accumulates the totals for <paramref name="columns"/> over every row of a compact matrix.</summary>
    /// <param name="data">Row-major answers, 255 = missing.</param>
    /// <param name="width">Row length.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="columns">The columns, in the order of the result.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; −1 for all.</param>
    public static CompactMoments Accumulate(ReadOnlyMemory<byte> data, int width, int rows, int[] columns, int maxDegreeOfParallelism)
    {
        var k = columns.Length;
        var total = new CompactMoments(k);
        var chunks = (rows + ChunkRows - 1) / ChunkRows;
        var gate = new object();
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => new Worker(k),
            (chunk, _, worker) =>
            {
                var start = chunk * ChunkRows;
                var end = Math.Min(rows, start + ChunkRows);
                worker.Run(data.Span, width, start, end, columns);
                return worker;
            },
            worker =>
            {
                // Integer addition is associative: the merge order cannot change the totals.
                lock (gate)
                {
                    total.Add(worker.Totals);
                }
            });
        return total;
    }

    /// <summary>Turns the totals into the per-pair integer sums of <see cref="PairwiseMoments"/>.</summary>
    public void ToPairSums(long rows, long[] count, long[] sx, long[] sxx, long[] sxy)
    {
        var k = _k;
        for (var i = 0; i < k; i++)
        {
            var si = Gram[(i * _kk) + k];
            var ssi = Gram[(i * _kk) + i];
            for (var j = 0; j < k; j++)
            {
                var ij = (i * k) + j;
                count[ij] = rows - Missing[i] - Missing[j] + BothMissing[ij];
                sx[ij] = si - MissingSum[(j * k) + i];
                sxx[ij] = ssi - MissingSquares[(j * k) + i];
                sxy[ij] = Gram[(Math.Min(i, j) * _kk) + Math.Max(i, j)];
            }
        }
    }

    private void Add(CompactMoments other)
    {
        AddTo(Missing, other.Missing);
        AddTo(Gram, other.Gram);
        AddTo(MissingSum, other.MissingSum);
        AddTo(MissingSquares, other.MissingSquares);
        AddTo(BothMissing, other.BothMissing);
    }

    private static void AddTo(long[] to, long[] from)
    {
        for (var i = 0; i < to.Length; i++)
        {
            to[i] += from[i];
        }
    }

    /// <summary>One thread's scratch space and totals.</summary>
    private sealed class Worker
    {
        private readonly int _k;
        private readonly short[] _block;
        private readonly int[] _missingAt;

        public Worker(int k)
        {
            _k = k;
            Totals = new CompactMoments(k);
            _block = new short[(k + 1) * Block];
            _missingAt = new int[k];
        }

        public CompactMoments Totals { get; }

        public void Run(ReadOnlySpan<byte> data, int width, int start, int end, int[] columns)
        {
            for (var b = start; b < end; b += Block)
            {
                var n = Math.Min(Block, end - b);
                Transpose(data, width, b, n, columns);
                if (!ForceScalar && Avx2.IsSupported)
                {
                    GramAvx2(_block, _k + 1, Totals.Gram);
                }
                else
                {
                    GramScalar(_block, _k + 1, Totals.Gram);
                }
            }
        }

        /// <summary>Copies n rows of the selected columns into the column-major block (missing as 0, a column of ones last) and records missing cells.</summary>
        private void Transpose(ReadOnlySpan<byte> data, int width, int first, int n, int[] columns)
        {
            var k = _k;
            var block = _block;
            var t = Totals;
            ref var cols = ref MemoryMarshal.GetArrayDataReference(columns);
            for (var r = 0; r < n; r++)
            {
                var row = data.Slice((first + r) * width, width);
                var missing = 0;
                for (var i = 0; i < k; i++)
                {
                    var v = row[Unsafe.Add(ref cols, i)];
                    if (v == ResponseMatrix.MissingByte)
                    {
                        _missingAt[missing++] = i;
                        v = 0;
                    }

                    block[(i * Block) + r] = v;
                }

                block[(k * Block) + r] = 1;
                if (missing > 0)
                {
                    Corrections(row, columns, missing, t);
                }
            }

            if (n < Block)
            {
                for (var i = 0; i <= k; i++)
                {
                    block.AsSpan((i * Block) + n, Block - n).Clear();
                }
            }
        }

        private void Corrections(ReadOnlySpan<byte> row, int[] columns, int missing, CompactMoments t)
        {
            var k = _k;
            for (var a = 0; a < missing; a++)
            {
                var j = _missingAt[a];
                t.Missing[j]++;
                var sum = t.MissingSum.AsSpan(j * k, k);
                var squares = t.MissingSquares.AsSpan(j * k, k);
                for (var i = 0; i < k; i++)
                {
                    var v = row[columns[i]];
                    if (v != ResponseMatrix.MissingByte)
                    {
                        sum[i] += v;
                        squares[i] += v * v;
                    }
                }

                for (var b = 0; b < missing; b++)
                {
                    t.BothMissing[(j * k) + _missingAt[b]]++;
                }
            }
        }
    }

    /// <summary>Adds the upper triangle of the block's Gram matrix to <paramref name="gram"/>.</summary>
    private static void GramAvx2(short[] block, int kk, long[] gram)
    {
        ref var basis = ref MemoryMarshal.GetArrayDataReference(block);
        const int step = 16;
        for (var i = 0; i < kk; i++)
        {
            ref var ci = ref Unsafe.Add(ref basis, i * Block);
            var j = i;
            for (; j + 3 < kk; j += 4)
            {
                ref var c0 = ref Unsafe.Add(ref basis, j * Block);
                ref var c1 = ref Unsafe.Add(ref c0, Block);
                ref var c2 = ref Unsafe.Add(ref c1, Block);
                ref var c3 = ref Unsafe.Add(ref c2, Block);
                Vector256<int> a0 = default, a1 = default, a2 = default, a3 = default;
                for (nuint r = 0; r < Block; r += step)
                {
                    var x = Vector256.LoadUnsafe(ref ci, r);
                    a0 = Avx2.Add(a0, Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref c0, r)));
                    a1 = Avx2.Add(a1, Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref c1, r)));
                    a2 = Avx2.Add(a2, Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref c2, r)));
                    a3 = Avx2.Add(a3, Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref c3, r)));
                }

                var off = i * kk;
                gram[off + j] += Vector256.Sum(a0);
                gram[off + j + 1] += Vector256.Sum(a1);
                gram[off + j + 2] += Vector256.Sum(a2);
                gram[off + j + 3] += Vector256.Sum(a3);
            }

            for (; j < kk; j++)
            {
                ref var c0 = ref Unsafe.Add(ref basis, j * Block);
                Vector256<int> a0 = default;
                for (nuint r = 0; r < Block; r += step)
                {
                    a0 = Avx2.Add(a0, Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref ci, r), Vector256.LoadUnsafe(ref c0, r)));
                }

                gram[(i * kk) + j] += Vector256.Sum(a0);
            }
        }
    }

    private static void GramScalar(short[] block, int kk, long[] gram)
    {
        for (var i = 0; i < kk; i++)
        {
            var ci = block.AsSpan(i * Block, Block);
            for (var j = i; j < kk; j++)
            {
                var cj = block.AsSpan(j * Block, Block);
                long acc = 0;
                for (var r = 0; r < Block; r++)
                {
                    acc += ci[r] * cj[r];
                }

                gram[(i * kk) + j] += acc;
            }
        }
    }
}
