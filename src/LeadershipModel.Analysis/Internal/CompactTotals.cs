using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Scoring;

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
/// <para>A scale whose joint table of keyed answers is small (at most 4,096 cells, e.g. two to four 5-point items)
/// is counted per cell instead: one table look-up per item and one increment per row. The class counters and the
/// items' pairwise integer sums (hence moments equal to the Gram kernels' bit for bit) are then read off the
/// table.</para>
/// </remarks>
internal static class CompactTotals
{
    private const int ChunkRows = 16 * 1024;

    /// <summary>The most class counters (longs) one scale may use; larger scales take the row-by-row path.</summary>
    private const int MaxRegion = 1 << 21;

    /// <summary>The most cells of a scale's joint table of answers; larger scales count classes row by row.</summary>
    private const int MaxCells = 4096;

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
            long cells = 1;
            for (var i = 0; i < K && cells <= MaxCells; i++)
            {
                cells *= high - low + 2;
            }

            Cells = cells <= MaxCells ? (int)cells : 0;
            Range = high - low;
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

        /// <summary>Gets the largest keyed answer minus the smallest.</summary>
        public int Range { get; }

        /// <summary>Gets the number of cells of the joint table of the keyed answers (code R + 1 for a missing one), or 0 when it is too large.</summary>
        public int Cells { get; }

        public double SumBad { get; }

        /// <summary>Gets the number of classes (a, s), a = 0 … k.</summary>
        public long Classes => (K + 1) * Span;

        /// <summary>Gets the counters: per item then for the rows, 3 per class.</summary>
        public long Region => (K + 1) * Classes * 3;

        public bool Fits => K > 0 && Span > 0 && Region <= MaxRegion;

        public double Mean { get; set; } = double.NaN;

        public double Sd { get; set; } = double.NaN;

        public double[] RawR { get; }

        /// <summary>Gets the pairwise moments of the items' answers (as stored, not keyed), when counted from a joint table.</summary>
        public PairwiseMoments? Moments { get; set; }

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

        // Scales with a small joint table count rows per cell of it (one increment per row); the others count classes.
        var joint = new List<int>();
        var byClass = new List<int>();
        var regions = new int[s];
        var total = 0;
        for (var k = 0; k < s; k++)
        {
            regions[k] = total;
            total += (int)plans[k].Region;
            (plans[k].Cells > 0 ? joint : byClass).Add(k);
        }

        var classes = ClassLayout(plans, byClass, regions);
        var cells = JointLayout(plans, joint);
        var sums = new long[total];
        var counts = new long[cells.Total];
        var rawCounts = new long[cells.RawLength];
        var gate = new object();
        var rows = data.RespondentCount;
        var width = data.ItemCount;
        var bytes = data.BytesMemory;
        var chunks = (rows + ChunkRows - 1) / ChunkRows;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            // Raw pair counters are ints (a thread counts at most RespondentCount rows): half the cache of longs.
            () => (Counters: new long[total], Cells: new long[cells.Total], Raw: new int[cells.RawLength], Values: new long[classes.Widest]),
            (chunk, _, local) =>
            {
                var start = chunk * ChunkRows;
                var end = Math.Min(rows, start + ChunkRows);
                if (cells.Ends.Length > 0)
                {
                    JointRows(bytes.Span, width, start, end, cells, local.Cells, local.Raw);
                }

                if (classes.Ends.Length > 0)
                {
                    Rows(bytes.Span, width, start, end, classes, local.Counters, local.Values);
                }

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

                    for (var i = 0; i < counts.Length; i++)
                    {
                        counts[i] += local.Cells[i];
                    }

                    for (var i = 0; i < rawCounts.Length; i++)
                    {
                        rawCounts[i] += local.Raw[i];
                    }
                }
            });

        FoldPairs(cells, rawCounts, counts);
        for (var q = 0; q < joint.Count; q++)
        {
            var k = joint[q];
            ToClasses(plans[k], counts.AsSpan(cells.Bases[q], plans[k].Cells), sums, regions[k]);
            plans[k].Moments = JointMoments(plans[k], counts.AsSpan(cells.Bases[q], plans[k].Cells));
        }

        for (var k = 0; k < s; k++)
        {
            Finish(plans[k], sums, regions[k]);
        }
    }

    /// <summary>The flattened plan of the class-counting scales: per item its column, table and counter offsets.</summary>
    private sealed record ClassPlan(int[] Cols, int[] Tables, int[] Bases, int[] Ends, int[] Spans, int[] RowBases, long[] Table, int Widest);

    /// <summary>
    /// The flattened plan of the joint-table scales: per item its column and table; per scale its cells. Two-item
    /// scales whose answers are single digits, the most common, are listed as <see cref="Pairs"/> and count their raw
    /// answers instead (11 × 11 counters each, <see cref="RawLength"/> in all), folded into their keyed cells at the
    /// end; the others are the <see cref="General"/> scales.
    /// </summary>
    private sealed record JointPlan(int[] Cols, int[] Ends, int[] Bases, int[] Table, int Total, JointPair[] Pairs, int[] General, int RawLength);

    /// <summary>A two-item scale counted by raw answers: its columns, both items' tables, its first keyed cell and its first raw counter.</summary>
    private readonly record struct JointPair(int Column0, int Column1, int Table0, int Table1, int Base, int Raw);

    /// <summary>Raw codes of a pair's answer: 0 … 9, and 10 for a missing one.</summary>
    private const int RawCodes = 11;

    private static ClassPlan ClassLayout(Plan[] plans, List<int> which, int[] regions)
    {
        var items = 0;
        foreach (var k in which)
        {
            items += plans[k].K;
        }

        var cols = new int[items];
        var tables = new int[items];
        var bases = new int[items];
        var ends = new int[which.Count];
        var spans = new int[which.Count];
        var rowBases = new int[which.Count];
        var table = new long[which.Count * 512];
        var t = 0;
        var widest = 0;
        for (var q = 0; q < which.Count; q++)
        {
            var p = plans[which[q]];
            var region = regions[which[q]];
            var classes3 = (int)(p.Classes * 3);
            for (var b = 0; b < 255; b++)
            {
                table[(q * 512) + b] = (1L << 32) + (b - p.Low);
                table[(q * 512) + 256 + b] = (1L << 32) + (p.Flip - b - p.Low);
            }

            for (var i = 0; i < p.K; i++)
            {
                cols[t] = p.Columns[i];
                tables[t] = (q * 512) + (p.Reversed[i] ? 256 : 0);
                bases[t] = region + (i * classes3);
                t++;
            }

            ends[q] = t;
            spans[q] = (int)p.Span;
            rowBases[q] = region + (p.K * classes3);
            widest = Math.Max(widest, p.K);
        }

        return new ClassPlan(cols, tables, bases, ends, spans, rowBases, table, widest);
    }

    /// <summary>Per item a 256-entry table of code · (R + 2)^position, code = keyed answer − low, or R + 1 when missing.</summary>
    private static JointPlan JointLayout(Plan[] plans, List<int> which)
    {
        var items = 0;
        foreach (var k in which)
        {
            items += plans[k].K;
        }

        var cols = new int[items];
        var table = new int[items * 256];
        var ends = new int[which.Count];
        var bases = new int[which.Count];
        var t = 0;
        var total = 0;
        for (var q = 0; q < which.Count; q++)
        {
            var p = plans[which[q]];
            var radix = p.Range + 2;
            var weight = 1;
            for (var i = 0; i < p.K; i++)
            {
                cols[t] = p.Columns[i];
                for (var b = 0; b < 256; b++)
                {
                    // Bytes outside the column's range never occur; clamp them to stay inside the table.
                    var u = b == ResponseMatrix.MissingByte ? p.Range + 1 : Math.Clamp((p.Reversed[i] ? p.Flip - b : b) - p.Low, 0, p.Range);
                    table[(t * 256) + b] = u * weight;
                }

                weight *= radix;
                t++;
            }

            ends[q] = t;
            bases[q] = total;
            total += p.Cells;
        }

        var pairs = new List<JointPair>();
        var general = new List<int>();
        var length = 0;
        for (var q = 0; q < which.Count; q++)
        {
            var p = plans[which[q]];
            var first = q == 0 ? 0 : ends[q - 1];
            if (p.K == 2 && RawDigit(p, 0) && RawDigit(p, 1))
            {
                pairs.Add(new JointPair(cols[first], cols[first + 1], first * 256, (first + 1) * 256, bases[q], length));
                length += RawCodes * RawCodes;
            }
            else
            {
                general.Add(q);
            }
        }

        return new JointPlan(cols, ends, bases, table, total, [.. pairs], [.. general], length);

        // Whether an item's stored answers are all single digits: its keyed answers lie in [low, low + range].
        static bool RawDigit(Plan p, int i) => (p.Reversed[i] ? p.Flip - p.Low : p.Low + p.Range) <= 9 && (p.Reversed[i] ? p.Flip - p.Low - p.Range : p.Low) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void JointRows(ReadOnlySpan<byte> data, int width, int start, int end, JointPlan plan, long[] counts, int[] raw)
    {
        ref var pairCounts = ref MemoryMarshal.GetArrayDataReference(raw);
        ref var basis = ref MemoryMarshal.GetReference(data);
        ref var tab = ref MemoryMarshal.GetArrayDataReference(plan.Table);
        ref var h = ref MemoryMarshal.GetArrayDataReference(counts);
        ref var col = ref MemoryMarshal.GetArrayDataReference(plan.Cols);
        ref var ends = ref MemoryMarshal.GetArrayDataReference(plan.Ends);
        ref var bases = ref MemoryMarshal.GetArrayDataReference(plan.Bases);
        var pairs = plan.Pairs;
        var general = plan.General;
        for (var r = start; r < end; r++)
        {
            ref var row = ref Unsafe.Add(ref basis, (nint)r * width);
            foreach (ref readonly var pair in pairs.AsSpan())
            {
                // A missing answer (255) becomes code 10; answers are digits, so no table is needed here.
                var a = Math.Min((int)Unsafe.Add(ref row, pair.Column0), RawCodes - 1);
                var b = Math.Min((int)Unsafe.Add(ref row, pair.Column1), RawCodes - 1);
                Unsafe.Add(ref pairCounts, pair.Raw + (a * RawCodes) + b)++;
            }

            foreach (var k in general)
            {
                var at = Unsafe.Add(ref bases, k);
                var stop = Unsafe.Add(ref ends, k);
                for (var i = k == 0 ? 0 : Unsafe.Add(ref ends, k - 1); i < stop; i++)
                {
                    at += Unsafe.Add(ref tab, (i * 256) + Unsafe.Add(ref row, Unsafe.Add(ref col, i)));
                }

                Unsafe.Add(ref h, at)++;
            }
        }
    }

    /// <summary>Adds each pair's raw answer counts to its keyed cells, through the items' tables: the counts the table path would have made.</summary>
    private static void FoldPairs(JointPlan plan, long[] raw, long[] counts)
    {
        foreach (var pair in plan.Pairs)
        {
            for (var a = 0; a < RawCodes; a++)
            {
                for (var b = 0; b < RawCodes; b++)
                {
                    var n = raw[pair.Raw + (a * RawCodes) + b];
                    if (n != 0)
                    {
                        var byteA = a == RawCodes - 1 ? ResponseMatrix.MissingByte : a;
                        var byteB = b == RawCodes - 1 ? ResponseMatrix.MissingByte : b;
                        counts[pair.Base + plan.Table[pair.Table0 + byteA] + plan.Table[pair.Table1 + byteB]] += n;
                    }
                }
            }
        }
    }

    /// <summary>The items' pairwise moments from the joint table: the same exact integer sums the Gram kernels form.</summary>
    private static PairwiseMoments JointMoments(Plan p, ReadOnlySpan<long> cells)
    {
        var k = p.K;
        var radix = p.Range + 2;
        var count = new long[k * k];
        var sx = new long[k * k];
        var sxx = new long[k * k];
        var sxy = new long[k * k];
        var x = new long[k];
        var present = new bool[k];
        for (var cell = 0; cell < cells.Length; cell++)
        {
            var n = cells[cell];
            if (n == 0)
            {
                continue;
            }

            var rest = cell;
            for (var i = 0; i < k; i++)
            {
                var code = rest % radix;
                rest /= radix;
                present[i] = code <= p.Range;
                var v = code + p.Low;
                x[i] = p.Reversed[i] ? p.Flip - v : v;
            }

            for (var i = 0; i < k; i++)
            {
                if (!present[i])
                {
                    continue;
                }

                for (var j = 0; j < k; j++)
                {
                    if (present[j])
                    {
                        var ij = (i * k) + j;
                        count[ij] += n;
                        sx[ij] += n * x[i];
                        sxx[ij] += n * x[i] * x[i];
                        sxy[ij] += n * x[i] * x[j];
                    }
                }
            }
        }

        return PairwiseMoments.FromSums(k, count, sx, sxx, sxy);
    }

    /// <summary>Adds a joint table's counts to the scale's class counters, as the class-counting rows would have.</summary>
    private static void ToClasses(Plan p, ReadOnlySpan<long> cells, long[] sums, int at)
    {
        var k = p.K;
        var radix = p.Range + 2;
        var classes3 = p.Classes * 3;
        var codes = new int[k];
        for (var cell = 0; cell < cells.Length; cell++)
        {
            var count = cells[cell];
            if (count == 0)
            {
                continue;
            }

            var rest = cell;
            int answered = 0, sum = 0;
            for (var i = 0; i < k; i++)
            {
                codes[i] = rest % radix;
                rest /= radix;
                if (codes[i] <= p.Range)
                {
                    answered++;
                    sum += codes[i];
                }
            }

            if (answered == 0)
            {
                continue;
            }

            var cls3 = ((answered * p.Span) + sum) * 3;
            sums[at + (k * classes3) + cls3] += count;
            for (var i = 0; i < k; i++)
            {
                if (codes[i] <= p.Range)
                {
                    long u = codes[i];
                    var c = at + (i * classes3) + cls3;
                    sums[c] += count;
                    sums[c + 1] += count * u;
                    sums[c + 2] += count * u * u;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Rows(ReadOnlySpan<byte> data, int width, int start, int end, ClassPlan plan, long[] counters, long[] values)
    {
        var (cols, tables, bases, ends, spans, rowBases, table) = (plan.Cols, plan.Tables, plan.Bases, plan.Ends, plan.Spans, plan.RowBases, plan.Table);
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
