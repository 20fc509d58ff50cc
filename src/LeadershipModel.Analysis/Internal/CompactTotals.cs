using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LeadershipModel.Analysis.Internal;

/// <summary>
/// The total score of psych's <c>alpha()</c> (each respondent's mean keyed answer) on byte-stored answers: its mean and
/// sd, and its correlation with each item (raw.r), for many scales in one pass over the rows.
/// </summary>
/// <remarks>
/// <para>A respondent's total depends only on the number of items answered, a, and the sum of the keyed answers, s, so
/// rows are counted per class (a, s): per item the number of rows in the class where the item is answered, and the sums
/// of its keyed answers and their squares. These are integers, so threads and chunks merge by addition and the result
/// does not depend on how rows are split: parallel and sequential runs agree bit for bit. The moments of the total are
/// then formed from the few classes, each total computed with the same expression as the row-by-row code.</para>
/// </remarks>
internal static class CompactTotals
{
    private const int ChunkRows = 16 * 1024;

    /// <summary>The most class counters (longs) one scale may use; larger scales take the row-by-row path.</summary>
    private const int MaxRegion = 1 << 21;

    /// <summary>One scale: its active items and what the total needs.</summary>
    internal sealed class Plan
    {
        /// <summary>Initializes a new instance of the <see cref="Plan"/> class.</summary>
        /// <param name="columns">The matrix columns of the active items.</param>
        /// <param name="reversed">Whether each item is reversed.</param>
        /// <param name="flip">min + max, a whole number.</param>
        /// <param name="low">The smallest keyed answer possible.</param>
        /// <param name="high">The largest keyed answer possible.</param>
        /// <param name="bad">The number of zero-variance items counted in the total.</param>
        /// <param name="sumBad">The sum of their constant answers.</param>
        public Plan(int[] columns, bool[] reversed, int flip, int low, int high, int bad, double sumBad)
        {
            Columns = columns;
            Reversed = reversed;
            Flip = flip;
            Low = low;
            K = columns.Length;
            Span = (K * (long)(high - low)) + 1;
            Bad = bad;
            SumBad = sumBad;
            RawR = new double[K];
        }

        public int[] Columns { get; }

        public bool[] Reversed { get; }

        public int Flip { get; }

        public int Low { get; }

        public int K { get; }

        /// <summary>Gets the number of possible sums (of keyed answer − low) for a given count.</summary>
        public long Span { get; }

        public int Bad { get; }

        public double SumBad { get; }

        /// <summary>Gets the number of classes (a, s), a = 0 … k.</summary>
        public long Classes => (K + 1) * Span;

        /// <summary>Gets the counters: per item then for the rows, 3 per class.</summary>
        public long Region => (K + 1) * Classes * 3;

        public bool Fits => K > 0 && Span > 0 && Region <= MaxRegion;

        public double Mean { get; set; } = double.NaN;

        public double Sd { get; set; } = double.NaN;

        public double[] RawR { get; }

        /// <summary>The total of a respondent with <paramref name="answered"/> items and keyed sum <paramref name="sum"/>, as the row-by-row code.</summary>
        public double Total(int answered, double sum)
            => Bad == 0 ? sum / answered : ((K * (sum / answered)) + SumBad) / (K + Bad);
    }

    /// <summary>Fills each plan's mean, sd and raw.r; every plan must <see cref="Plan.Fits"/>.</summary>
    public static void Compute(ResponseMatrix data, Plan[] plans, int maxDegreeOfParallelism)
    {
        var s = plans.Length;
        if (s == 0)
        {
            return;
        }

        // Flattened: per item its column, table offset and counter offset; per scale its item range and class span.
        var items = 0;
        foreach (var p in plans)
        {
            items += p.K;
        }

        var cols = new int[items];
        var tables = new int[items];
        var bases = new int[items];
        var ends = new int[s];
        var spans = new int[s];
        var rowBases = new int[s];
        var table = new long[s * 512];
        var total = 0;
        var t = 0;
        var widest = 0;
        for (var k = 0; k < s; k++)
        {
            var p = plans[k];
            var classes3 = (int)(p.Classes * 3);
            for (var b = 0; b < 255; b++)
            {
                table[(k * 512) + b] = (1L << 32) + (b - p.Low);
                table[(k * 512) + 256 + b] = (1L << 32) + (p.Flip - b - p.Low);
            }

            for (var i = 0; i < p.K; i++)
            {
                cols[t] = p.Columns[i];
                tables[t] = (k * 512) + (p.Reversed[i] ? 256 : 0);
                bases[t] = total + (i * classes3);
                t++;
            }

            ends[k] = t;
            spans[k] = (int)p.Span;
            rowBases[k] = total + (p.K * classes3);
            total += (int)p.Region;
            widest = Math.Max(widest, p.K);
        }

        var sums = new long[total];
        var gate = new object();
        var rows = data.RespondentCount;
        var width = data.ItemCount;
        var bytes = data.BytesMemory;
        var chunks = (rows + ChunkRows - 1) / ChunkRows;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => (Counters: new long[total], Values: new long[widest]),
            (chunk, _, local) =>
            {
                var start = chunk * ChunkRows;
                var end = Math.Min(rows, start + ChunkRows);
                Rows(bytes.Span, width, start, end, cols, tables, bases, ends, spans, rowBases, table, local.Counters, local.Values);
                return local;
            },
            local =>
            {
                // Integer addition is associative: the merge order cannot change the sums.
                lock (gate)
                {
                    for (var i = 0; i < total; i++)
                    {
                        sums[i] += local.Counters[i];
                    }
                }
            });

        for (var k = 0; k < s; k++)
        {
            Finish(plans[k], sums, k == 0 ? 0 : (int)PreviousEnd(plans, k));
        }
    }

    private static long PreviousEnd(Plan[] plans, int k)
    {
        long at = 0;
        for (var i = 0; i < k; i++)
        {
            at += plans[i].Region;
        }

        return at;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Rows(
        ReadOnlySpan<byte> data, int width, int start, int end, int[] cols, int[] tables, int[] bases, int[] ends, int[] spans, int[] rowBases, long[] table, long[] counters, long[] values)
    {
        ref var basis = ref MemoryMarshal.GetReference(data);
        ref var tab = ref MemoryMarshal.GetArrayDataReference(table);
        ref var h = ref MemoryMarshal.GetArrayDataReference(counters);
        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        var s = ends.Length;
        for (var r = start; r < end; r++)
        {
            ref var row = ref Unsafe.Add(ref basis, (nint)r * width);
            var first = 0;
            for (var k = 0; k < s; k++)
            {
                var stop = ends[k];
                long acc = 0;
                for (var i = first; i < stop; i++)
                {
                    var e = Unsafe.Add(ref tab, tables[i] + Unsafe.Add(ref row, cols[i]));
                    Unsafe.Add(ref v, i - first) = e;
                    acc += e;
                }

                var answered = (int)(acc >> 32);
                if (answered != 0)
                {
                    var cls3 = ((answered * spans[k]) + (int)acc) * 3;
                    Unsafe.Add(ref h, rowBases[k] + cls3)++;
                    for (var i = first; i < stop; i++)
                    {
                        var e = Unsafe.Add(ref v, i - first);
                        if (e != 0)
                        {
                            long u = (int)e;
                            ref var c = ref Unsafe.Add(ref h, bases[i] + cls3);
                            c++;
                            Unsafe.Add(ref c, 1) += u;
                            Unsafe.Add(ref c, 2) += u * u;
                        }
                    }
                }

                first = stop;
            }
        }
    }

    /// <summary>The moments of the total and its correlation with each item, from the class counters.</summary>
    private static void Finish(Plan p, long[] sums, int at)
    {
        var k = p.K;
        var span = p.Span;
        var classes = p.Classes;
        var low = p.Low;
        var totals = new double[classes];
        for (var a = 1; a <= k; a++)
        {
            for (long x = 0; x < span; x++)
            {
                totals[(a * span) + x] = p.Total(a, (double)(x + ((long)a * low)));
            }
        }

        // The total over every row with an answer.
        var rowsAt = at + (k * classes * 3);
        long n = 0;
        var sum = 0.0;
        for (long c = span; c < classes; c++)
        {
            var count = sums[rowsAt + (c * 3)];
            if (count != 0)
            {
                n += count;
                sum += count * totals[c];
            }
        }

        if (n > 0)
        {
            var mean = sum / n;
            var ss = 0.0;
            for (long c = span; c < classes; c++)
            {
                var count = sums[rowsAt + (c * 3)];
                if (count != 0)
                {
                    var d = totals[c] - mean;
                    ss += count * d * d;
                }
            }

            p.Mean = mean;
            p.Sd = n > 1 ? Math.Sqrt(ss / (n - 1)) : double.NaN;
        }

        // raw.r: each item with the total over the rows where the item is answered (the total is then present too).
        for (var i = 0; i < k; i++)
        {
            var from = at + (i * classes * 3);
            long ni = 0, su = 0;
            Int128 suu = 0;
            var st = 0.0;
            for (long c = span; c < classes; c++)
            {
                var count = sums[from + (c * 3)];
                if (count != 0)
                {
                    ni += count;
                    su += sums[from + (c * 3) + 1];
                    suu += sums[from + (c * 3) + 2];
                    st += count * totals[c];
                }
            }

            if (ni < 2)
            {
                p.RawR[i] = double.NaN;
                continue;
            }

            // Keyed answer v = u + low; its centred sum of squares is exact: (n Σu² − (Σu)²) / n.
            var sxx = (double)(((Int128)ni * suu) - ((Int128)su * su)) / ni;
            var mu = (double)su / ni;
            var mt = st / ni;
            double sxy = 0, syy = 0;
            for (long c = span; c < classes; c++)
            {
                var count = sums[from + (c * 3)];
                if (count != 0)
                {
                    var d = totals[c] - mt;
                    sxy += d * (sums[from + (c * 3) + 1] - (count * mu));
                    syy += count * d * d;
                }
            }

            p.RawR[i] = sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
        }
    }
}
