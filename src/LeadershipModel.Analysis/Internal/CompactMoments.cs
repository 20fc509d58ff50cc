using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Runtime.Intrinsics;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Internal;

/// <summary>
/// Exact integer sums behind the pairwise moments of byte-stored answers, accumulated over blocks of rows in
/// parallel.
/// </summary>
/// <remarks>
/// <para>With x the answers (a missing one read as 0) the pairwise sums are recovered from a few totals:
/// Σ x_i x_j over rows where both are present is the Gram matrix X'X (missing cells contribute 0);
/// n_ij = N − miss_i − miss_j + miss_ij; Σ x_i over rows where j is present is S_i − Σ_{j missing} x_i, and likewise
/// for squares. S_i comes from the Gram matrix too, through an extra column of ones.</para>
/// <para>The Gram matrix is computed on column-major blocks of bytes. When every answer in a block is at most 45 (so
/// 2 · 45² · 8 fits in 16 bits) AVX2's <c>vpmaddubsw</c> multiplies 32 pairs at once into 16-bit lanes, flushed to
/// 32-bit lanes every 8 steps; otherwise the bytes are widened to 16 bits for <c>vpmaddwd</c>. Block totals go to
/// 64-bit accumulators. The corrections visit only rows with a missing answer.</para>
/// <para>Every total is an integer, so the result does not depend on the order rows are visited, on the block size or
/// on how chunks are spread over threads: parallel and sequential runs agree bit for bit.</para>
/// </remarks>
internal sealed class CompactMoments
{
    /// <summary>Rows per column-major block (a multiple of 32).</summary>
    internal const int Block = 1024;

    /// <summary>Rows per parallel work item (a multiple of <see cref="Block"/>); 254² · ChunkRows stays below 2³¹.</summary>
    internal const int ChunkRows = 8 * Block;

    /// <summary>The largest answer for which the 8-bit kernel cannot overflow its 16-bit lanes in 8 steps.</summary>
    private const int ByteKernelMax = 45;

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

    /// <summary>Accumulates the totals for <paramref name="columns"/> over every row of a compact matrix.</summary>
    /// <param name="data">Row-major answers, 255 = missing.</param>
    /// <param name="width">Row length.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="columns">The columns, in the order of the result.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; −1 for all.</param>
    /// <param name="kernel">The kernel; tests choose one, product code leaves <see cref="CompactKernel.Auto"/>.</param>
    public static CompactMoments Accumulate(ReadOnlyMemory<byte> data, int width, int rows, int[] columns, int maxDegreeOfParallelism, CompactKernel kernel = CompactKernel.Auto)
    {
        var k = columns.Length;
        var total = new CompactMoments(k);
        var chunks = (rows + ChunkRows - 1) / ChunkRows;
        var gate = new object();
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => new Worker(k, width, columns, kernel),
            (chunk, _, worker) =>
            {
                var start = chunk * ChunkRows;
                var end = Math.Min(rows, start + ChunkRows);
                worker.Run(data.Span, start, end);
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        private readonly int _width;
        private readonly int[] _columns;
        private readonly byte[] _block;
        private readonly int[] _missingAt;
        private readonly int[] _row;
        private readonly int[] _squares;
        private readonly int[] _chunkSum;
        private readonly int[] _chunkSquares;
        private readonly int _padded;
        private readonly int[]? _selectedAt;
        private readonly byte[]? _rowBytes;
        private readonly int[]? _wide;
        private readonly int[] _wideSquares = [];
        private readonly bool _scalar;
        private readonly bool _forceWide;

        public Worker(int k, int width, int[] columns, CompactKernel kernel)
        {
            _scalar = kernel == CompactKernel.Scalar;
            _forceWide = kernel == CompactKernel.Wide;
            _k = k;
            _width = width;
            _columns = columns;
            Totals = new CompactMoments(k);
            _block = new byte[(k + 1) * Block];
            _chunkSum = new int[k * k];
            _chunkSquares = new int[k * k];
            _padded = (width + 31) & ~31;
            if (Vector256.IsHardwareAccelerated && !_scalar && width <= Math.Max(256, 2 * k))
            {
                // Corrections by source column: a row is handled with vector instructions whatever columns are selected.
                _selectedAt = new int[_padded];
                Array.Fill(_selectedAt, -1);
                for (var i = 0; i < k; i++)
                {
                    _selectedAt[columns[i]] = i;
                }

                _rowBytes = new byte[_padded];
                _row = new int[_padded];
                _squares = new int[_padded];
                _missingAt = new int[_padded];
                _wide = new int[width * _padded];
                _wideSquares = new int[width * _padded];
            }
            else
            {
                _row = new int[k];
                _squares = new int[k];
                _missingAt = new int[k];
            }
        }

        public CompactMoments Totals { get; }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Run(ReadOnlySpan<byte> data, int start, int end)
        {
            for (var b = start; b < end; b += Block)
            {
                var n = Math.Min(Block, end - b);
                var max = Transpose(data, b, n);
                MissingRows(data, b, n);
                var kk = _k + 1;
                if (_scalar || !Avx2.IsSupported)
                {
                    GramScalar(_block, kk, Totals.Gram);
                }
                else if (max <= ByteKernelMax && !_forceWide)
                {
                    GramBytes(_block, kk, Totals.Gram);
                }
                else
                {
                    GramWide(_block, kk, Totals.Gram);
                }
            }

            Flush();
        }

        /// <summary>Moves the chunk's corrections, which fit in 32 bits (254² · ChunkRows &lt; 2³¹), to the 64-bit totals.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Flush()
        {
            if (_wide is not null)
            {
                var k = _k;
                for (var j = 0; j < k; j++)
                {
                    var from = _columns[j] * _padded;
                    for (var i = 0; i < k; i++)
                    {
                        Totals.MissingSum[(j * k) + i] += _wide[from + _columns[i]];
                        Totals.MissingSquares[(j * k) + i] += _wideSquares[from + _columns[i]];
                    }
                }

                Array.Clear(_wide);
                Array.Clear(_wideSquares);
                return;
            }

            for (var i = 0; i < _chunkSum.Length; i++)
            {
                Totals.MissingSum[i] += _chunkSum[i];
                Totals.MissingSquares[i] += _chunkSquares[i];
            }

            Array.Clear(_chunkSum);
            Array.Clear(_chunkSquares);
        }

        /// <summary>Copies n rows of the selected columns into the column-major block (missing as 0, a column of ones last); returns the largest answer.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int Transpose(ReadOnlySpan<byte> data, int first, int n)
        {
            var k = _k;
            var width = _width;
            var block = _block;
            ref var src = ref Unsafe.Add(ref MemoryMarshal.GetReference(data), (nint)first * width);
            var max = Vector<byte>.Zero;
            var missing = new Vector<byte>(ResponseMatrix.MissingByte);
            for (var i = 0; i < k; i++)
            {
                ref var s = ref Unsafe.Add(ref src, _columns[i]);
                var column = block.AsSpan(i * Block, Block);
                ref var d = ref MemoryMarshal.GetReference(column);
                var r = 0;
                for (; r + 3 < n; r += 4)
                {
                    Unsafe.Add(ref d, r) = Unsafe.Add(ref s, (nint)r * width);
                    Unsafe.Add(ref d, r + 1) = Unsafe.Add(ref s, (nint)(r + 1) * width);
                    Unsafe.Add(ref d, r + 2) = Unsafe.Add(ref s, (nint)(r + 2) * width);
                    Unsafe.Add(ref d, r + 3) = Unsafe.Add(ref s, (nint)(r + 3) * width);
                }

                for (; r < n; r++)
                {
                    Unsafe.Add(ref d, r) = Unsafe.Add(ref s, (nint)r * width);
                }

                column[n..].Clear();
                for (var v = 0; v < Block; v += Vector<byte>.Count)
                {
                    var x = new Vector<byte>(column[v..]);
                    x = Vector.AndNot(x, Vector.Equals(x, missing));
                    max = Vector.Max(max, x);
                    x.CopyTo(column[v..]);
                }
            }

            var ones = block.AsSpan(k * Block, Block);
            ones[..n].Fill(1);
            ones[n..].Clear();
            var m = 0;
            for (var i = 0; i < Vector<byte>.Count; i++)
            {
                m = Math.Max(m, max[i]);
            }

            return m;
        }

        /// <summary>For each row with a missing answer among the selected columns, adds the corrections.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void MissingRows(ReadOnlySpan<byte> data, int first, int n)
        {
            if (_wide is not null)
            {
                MissingRowsBySource(data, first, n);
                return;
            }

            var k = _k;
            var width = _width;
            for (var r = NextWithMissing(data, first, n, width, 0); r < n; r = NextWithMissing(data, first, n, width, r + 1))
            {
                var row = data.Slice((first + r) * width, width);
                var missing = 0;
                for (var i = 0; i < k; i++)
                {
                    var v = row[_columns[i]];
                    if (v == ResponseMatrix.MissingByte)
                    {
                        _missingAt[missing++] = i;
                        v = 0;
                    }

                    _row[i] = v;
                    _squares[i] = v * v;
                }

                AddCorrections(missing, _chunkSum, _chunkSquares, k, selectedAt: null);
            }
        }

        /// <summary>Finds the next of the <paramref name="n"/> rows from <paramref name="first"/>, at or after <paramref name="r"/>, that has a missing answer; <paramref name="n"/> when none has.</summary>
        private static int NextWithMissing(ReadOnlySpan<byte> data, int first, int n, int width, int r)
        {
            while (r < n && !data.Slice((first + r) * width, width).Contains(ResponseMatrix.MissingByte))
            {
                r++;
            }

            return r;
        }

        /// <summary>
        /// Adds a row's corrections for each of its <paramref name="missing"/> missing answers (positions in
        /// <c>_missingAt</c>): the row and its squares to the missing item's row of sums, and the pairs missing together.
        /// </summary>
        /// <param name="missing">How many answers of the row are missing.</param>
        /// <param name="sums">Row sums per missing position, <paramref name="stride"/> wide.</param>
        /// <param name="squares">Row sums of squares per missing position.</param>
        /// <param name="stride">The width of a row of sums.</param>
        /// <param name="selectedAt">Maps a source column to its selected item, or <see langword="null"/> when positions are items.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void AddCorrections(int missing, int[] sums, int[] squares, int stride, int[]? selectedAt)
        {
            var t = Totals;
            for (var a = 0; a < missing; a++)
            {
                var at = _missingAt[a];
                var j = selectedAt is null ? at : selectedAt[at];
                t.Missing[j]++;
                AddRow(sums.AsSpan(at * stride, stride), _row);
                AddRow(squares.AsSpan(at * stride, stride), _squares);
                for (var b = 0; b < missing; b++)
                {
                    t.BothMissing[(j * _k) + (selectedAt is null ? _missingAt[b] : selectedAt[_missingAt[b]])]++;
                }
            }
        }

        /// <summary>
        /// The same corrections kept per source column (rows of the padded width), so that a row is cleaned, widened
        /// and added with vector instructions; <see cref="Flush"/> maps them back to the selected columns.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void MissingRowsBySource(ReadOnlySpan<byte> data, int first, int n)
        {
            var width = _width;
            var padded = _padded;
            var bytes = _rowBytes!;
            var ints = _row;
            var squares = _squares;
            var missingByte = Vector256.Create(ResponseMatrix.MissingByte);
            for (var r = NextWithMissing(data, first, n, width, 0); r < n; r = NextWithMissing(data, first, n, width, r + 1))
            {
                data.Slice((first + r) * width, width).CopyTo(bytes);
                var missing = 0;
                for (var c = 0; c < padded; c += 32)
                {
                    var v = Vector256.LoadUnsafe(ref bytes[0], (nuint)c);
                    var isMissing = Vector256.Equals(v, missingByte);
                    var bits = isMissing.ExtractMostSignificantBits();
                    while (bits != 0)
                    {
                        var at = c + BitOperations.TrailingZeroCount(bits);
                        bits &= bits - 1;
                        if (_selectedAt![at] >= 0)
                        {
                            _missingAt[missing++] = at;
                        }
                    }

                    v = Vector256.AndNot(v, isMissing);
                    var (lo, hi) = Vector256.Widen(v);
                    var (a, b) = Vector256.Widen(lo);
                    var (d, e) = Vector256.Widen(hi);
                    Store(a.AsInt32(), ints, squares, c);
                    Store(b.AsInt32(), ints, squares, c + 8);
                    Store(d.AsInt32(), ints, squares, c + 16);
                    Store(e.AsInt32(), ints, squares, c + 24);
                }

                AddCorrections(missing, _wide!, _wideSquares, padded, _selectedAt);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Store(Vector256<int> v, int[] ints, int[] squares, int at)
        {
            v.StoreUnsafe(ref ints[0], (nuint)at);
            (v * v).StoreUnsafe(ref squares[0], (nuint)at);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void AddRow(Span<int> to, ReadOnlySpan<int> from)
        {
            var i = 0;
            var lanes = Vector<int>.Count;
            for (; i + lanes <= to.Length; i += lanes)
            {
                (new Vector<int>(to[i..]) + new Vector<int>(from[i..])).CopyTo(to[i..]);
            }

            for (; i < to.Length; i++)
            {
                to[i] += from[i];
            }
        }
    }

    /// <summary>Adds the upper triangle of the block's Gram matrix to <paramref name="gram"/>: 8-bit products, 16-bit lanes flushed every 8 steps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void GramBytes(byte[] block, int kk, long[] gram)
    {
        ref var basis = ref MemoryMarshal.GetArrayDataReference(block);
        var ones = Vector256.Create((short)1);
        const int step = 32;
        const int flush = 8 * step;
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
                for (nuint f = 0; f < Block; f += flush)
                {
                    Vector256<short> s0 = default, s1 = default, s2 = default, s3 = default;
                    for (var r = f; r < f + flush; r += step)
                    {
                        var x = Vector256.LoadUnsafe(ref ci, r);
                        s0 = Avx2.Add(s0, Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref c0, r).AsSByte()));
                        s1 = Avx2.Add(s1, Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref c1, r).AsSByte()));
                        s2 = Avx2.Add(s2, Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref c2, r).AsSByte()));
                        s3 = Avx2.Add(s3, Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref c3, r).AsSByte()));
                    }

                    a0 = Avx2.Add(a0, Avx2.MultiplyAddAdjacent(s0, ones));
                    a1 = Avx2.Add(a1, Avx2.MultiplyAddAdjacent(s1, ones));
                    a2 = Avx2.Add(a2, Avx2.MultiplyAddAdjacent(s2, ones));
                    a3 = Avx2.Add(a3, Avx2.MultiplyAddAdjacent(s3, ones));
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
                for (nuint f = 0; f < Block; f += flush)
                {
                    Vector256<short> s0 = default;
                    for (var r = f; r < f + flush; r += step)
                    {
                        s0 = Avx2.Add(s0, Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref ci, r), Vector256.LoadUnsafe(ref c0, r).AsSByte()));
                    }

                    a0 = Avx2.Add(a0, Avx2.MultiplyAddAdjacent(s0, ones));
                }

                gram[(i * kk) + j] += Vector256.Sum(a0);
            }
        }
    }

    /// <summary>Adds the upper triangle of the block's Gram matrix to <paramref name="gram"/>: bytes widened to 16 bits, 32-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void GramWide(byte[] block, int kk, long[] gram)
    {
        ref var basis = ref MemoryMarshal.GetArrayDataReference(block);
        const int step = 16;
        for (var i = 0; i < kk; i++)
        {
            ref var ci = ref Unsafe.Add(ref basis, i * Block);
            for (var j = i; j < kk; j++)
            {
                ref var cj = ref Unsafe.Add(ref basis, j * Block);
                Vector256<int> acc = default;
                for (nuint r = 0; r < Block; r += step)
                {
                    var x = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref ci, r));
                    var y = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref cj, r));
                    acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(x, y));
                }

                gram[(i * kk) + j] += Vector256.Sum(acc);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void GramScalar(byte[] block, int kk, long[] gram)
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
