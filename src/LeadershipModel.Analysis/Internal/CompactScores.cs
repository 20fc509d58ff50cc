using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Runtime.Intrinsics;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Internal;

/// <summary>Scale scores (mean of the keyed items answered) and per-column ranges of byte-stored answers.</summary>
/// <remarks>
/// <para>Each answer is looked up in a 512-entry table (one half for items as keyed, one for reversed ones) that
/// gives <c>2³² + keyed value</c>, or 0 for a missing answer, so a scale's sum and count come out of one 64-bit
/// addition per item with no branch. The sums are integers, so the score <c>sum / count</c> is the same double the
/// plain loop over doubles computes. Rows are spread over threads in blocks; each row is written by one thread
/// only.</para>
/// </remarks>
internal static unsafe class CompactScores
{
    private const int Block = 256;
    private const int ChunkRows = 16 * Block;

    /// <summary>Tells whether the keyed values are whole numbers small enough for the integer path.</summary>
    public static bool CanScore(double flip) => flip == Math.Floor(flip) && Math.Abs(flip) <= 1 << 20;

    /// <summary>Writes rows × scales scores, row-major, into <paramref name="destination"/>.</summary>
    /// <param name="data">The matrix (compact).</param>
    /// <param name="items">For each scale, the matrix columns of its items and whether each is reversed.</param>
    /// <param name="flip">min + max, a whole number (see <see cref="CanScore"/>).</param>
    /// <param name="destination">rows × scales values.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; −1 for all.</param>
    public static void Score(ResponseMatrix data, (int[] Columns, bool[] Reversed)[] items, int flip, Span<double> destination, int maxDegreeOfParallelism)
    {
        var s = items.Length;
        var total = 0;
        foreach (var (cols, _) in items)
        {
            total += cols.Length;
        }

        // Interleaved (column, table offset) per item, scale after scale; ends[s] closes scale s.
        var plan = new int[2 * total];
        var ends = new int[s];
        var t = 0;
        for (var k = 0; k < s; k++)
        {
            var (cols, rev) = items[k];
            for (var i = 0; i < cols.Length; i++)
            {
                plan[2 * t] = cols[i];
                plan[(2 * t) + 1] = rev[i] ? 256 : 0;
                t++;
            }

            ends[k] = t;
        }

        var table = new long[512];
        for (var b = 0; b < 255; b++)
        {
            table[b] = (1L << 32) + b;
            table[256 + b] = (1L << 32) + (flip - b);
        }

        var rows = data.RespondentCount;
        var width = data.ItemCount;
        var bytes = data.BytesMemory;
        var chunks = (rows + ChunkRows - 1) / ChunkRows;
        fixed (double* pinned = destination)
        {
            var at = (nint)pinned;
            Parallel.For(
                0,
                chunks,
                new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
                () => (Sums: new double[Block * s], Counts: new double[Block * s]),
                (chunk, _, scratch) =>
                {
                    var start = chunk * ChunkRows;
                    var end = Math.Min(rows, start + ChunkRows);
                    var dest = (double*)at + ((long)start * s);
                    ScoreRows(bytes.Span, width, start, end, plan, ends, table, dest, scratch.Sums, scratch.Counts);
                    return scratch;
                },
                _ => { });
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScoreRows(ReadOnlySpan<byte> data, int width, int start, int end, int[] plan, int[] ends, long[] table, double* dest, double[] sums, double[] counts)
    {
        var s = ends.Length;
        ref var p = ref MemoryMarshal.GetArrayDataReference(plan);
        ref var e = ref MemoryMarshal.GetArrayDataReference(ends);
        ref var tab = ref MemoryMarshal.GetArrayDataReference(table);
        ref var sum = ref MemoryMarshal.GetArrayDataReference(sums);
        ref var cnt = ref MemoryMarshal.GetArrayDataReference(counts);
        ref var basis = ref MemoryMarshal.GetReference(data);
        for (var b = start; b < end; b += Block)
        {
            var n = Math.Min(Block, end - b);
            var r = 0;

            // Four rows at a time: the plan is read once for all, and their sums are independent chains.
            for (; r + 3 < n; r += 4)
            {
                ref var row0 = ref Unsafe.Add(ref basis, (nint)(b + r) * width);
                ref var row1 = ref Unsafe.Add(ref row0, width);
                ref var row2 = ref Unsafe.Add(ref row1, width);
                ref var row3 = ref Unsafe.Add(ref row2, width);
                var t = 0;
                for (var k = 0; k < s; k++)
                {
                    long acc0 = 0, acc1 = 0, acc2 = 0, acc3 = 0;
                    var stop = Unsafe.Add(ref e, k);
                    for (; t < stop; t++)
                    {
                        var col = Unsafe.Add(ref p, 2 * t);
                        ref var half = ref Unsafe.Add(ref tab, Unsafe.Add(ref p, (2 * t) + 1));
                        acc0 += Unsafe.Add(ref half, Unsafe.Add(ref row0, col));
                        acc1 += Unsafe.Add(ref half, Unsafe.Add(ref row1, col));
                        acc2 += Unsafe.Add(ref half, Unsafe.Add(ref row2, col));
                        acc3 += Unsafe.Add(ref half, Unsafe.Add(ref row3, col));
                    }

                    Put(ref sum, ref cnt, (r * s) + k, acc0);
                    Put(ref sum, ref cnt, ((r + 1) * s) + k, acc1);
                    Put(ref sum, ref cnt, ((r + 2) * s) + k, acc2);
                    Put(ref sum, ref cnt, ((r + 3) * s) + k, acc3);
                }
            }

            for (; r < n; r++)
            {
                ref var row = ref Unsafe.Add(ref basis, (nint)(b + r) * width);
                var t = 0;
                for (var k = 0; k < s; k++)
                {
                    long acc = 0;
                    var stop = Unsafe.Add(ref e, k);
                    for (; t < stop; t++)
                    {
                        var col = Unsafe.Add(ref p, 2 * t);
                        var off = Unsafe.Add(ref p, (2 * t) + 1);
                        acc += Unsafe.Add(ref tab, off + Unsafe.Add(ref row, col));
                    }

                    var value = (int)acc;
                    Unsafe.Add(ref sum, (r * s) + k) = value;
                    Unsafe.Add(ref cnt, (r * s) + k) = (int)((acc - value) >> 32);
                }
            }

            Divide(sums, counts, dest + ((long)(b - start) * s), n * s);
        }

        if (Sse.IsSupported)
        {
            // The streaming stores below are weakly ordered: make them visible before the work item ends.
            Sse.StoreFence();
        }
    }

    /// <summary>Splits 2³² · count + sum into its parts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(ref double sums, ref double counts, int at, long acc)
    {
        var value = (int)acc;
        Unsafe.Add(ref sums, at) = value;
        Unsafe.Add(ref counts, at) = (int)((acc - value) >> 32);
    }

    /// <summary>
    /// destination[i] = sums[i] / counts[i] (0 / 0 is NaN: a respondent who answered none of a scale's items). The
    /// scores are not read again here, so whole aligned vectors bypass the cache (no read for ownership).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Divide(double[] sums, double[] counts, double* destination, int length)
    {
        var i = 0;
        if (Avx.IsSupported)
        {
            for (; i < length && ((nint)(destination + i) & 31) != 0; i++)
            {
                destination[i] = sums[i] / counts[i];
            }

            ref var a = ref MemoryMarshal.GetArrayDataReference(sums);
            ref var c = ref MemoryMarshal.GetArrayDataReference(counts);
            for (; i + 4 <= length; i += 4)
            {
                var v = Avx.Divide(Vector256.LoadUnsafe(ref a, (nuint)i), Vector256.LoadUnsafe(ref c, (nuint)i));
                Avx.StoreAlignedNonTemporal(destination + i, v);
            }
        }

        for (; i < length; i++)
        {
            destination[i] = sums[i] / counts[i];
        }
    }

    /// <summary>Per column, the smallest and largest answer given (min 255 and max 0 when a column has none).</summary>
    public static (byte[] Min, byte[] Max) ColumnRange(ResponseMatrix data, int maxDegreeOfParallelism)
    {
        var width = data.ItemCount;
        var rows = data.RespondentCount;
        var bytes = data.BytesMemory;
        var min = new byte[width];
        var max = new byte[width];
        min.AsSpan().Fill(byte.MaxValue);
        var gate = new object();
        var chunks = (rows + ChunkRows - 1) / ChunkRows;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () =>
            {
                var lo = new byte[width];
                lo.AsSpan().Fill(byte.MaxValue);
                return (Min: lo, Max: new byte[width]);
            },
            (chunk, _, acc) =>
            {
                var start = chunk * ChunkRows;
                var end = Math.Min(rows, start + ChunkRows);
                Range(bytes.Span, width, start, end, acc.Min, acc.Max);
                return acc;
            },
            acc =>
            {
                lock (gate)
                {
                    for (var i = 0; i < width; i++)
                    {
                        min[i] = Math.Min(min[i], acc.Min[i]);
                        max[i] = Math.Max(max[i], acc.Max[i]);
                    }
                }
            });
        return (min, max);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Range(ReadOnlySpan<byte> data, int width, int start, int end, byte[] min, byte[] max)
    {
        var lanes = Vector<byte>.Count;
        var done = 0;
        if (Vector.IsHardwareAccelerated && width >= lanes)
        {
            // Slices of the row, the last one overlapping the one before: min and max do not mind seeing a column twice.
            var missing = new Vector<byte>(ResponseMatrix.MissingByte);
            for (var at = 0; at < width; at += lanes)
            {
                var o = Math.Min(at, width - lanes);
                var lo = new Vector<byte>(min.AsSpan(o));
                var hi = new Vector<byte>(max.AsSpan(o));
                for (var r = start; r < end; r++)
                {
                    var v = new Vector<byte>(data.Slice((r * width) + o, lanes));
                    lo = Vector.Min(lo, v);
                    hi = Vector.Max(hi, Vector.AndNot(v, Vector.Equals(v, missing)));
                }

                lo.CopyTo(min.AsSpan(o));
                hi.CopyTo(max.AsSpan(o));
            }

            done = width;
        }

        for (var r = start; r < end && done < width; r++)
        {
            var row = data.Slice(r * width, width);
            for (var i = 0; i < width; i++)
            {
                var b = row[i];
                if (b != ResponseMatrix.MissingByte)
                {
                    min[i] = Math.Min(min[i], b);
                    max[i] = Math.Max(max[i], b);
                }
            }
        }
    }
}
