using System.Collections.Immutable;
using LeadershipModel.Analysis.Internal;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Scoring;
using MathNet.Numerics.Distributions;

namespace LeadershipModel.Analysis.Reliability;

/// <summary>Reliability and item analysis of one scale, equal to R psych's <c>alpha()</c>.</summary>
/// <remarks>
/// <para>The formulas and corner cases are psych 2.5.x's: pairwise covariances C and pairwise correlations R (each
/// entry from that pair's own means and standard deviations), keys applied as S C S and S R S, items with zero
/// variance left out of C and R but counted in the total score, reversed items reported under their key with reversed
/// statistics, and psych's own "alpha if dropped" for a two-item scale.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ReliabilityAnalysis
{
    /// <summary>Computes psych's <c>alpha()</c> figures for one scale.</summary>
    /// <param name="data">The answers; missing answers are left out pairwise.</param>
    /// <param name="scale">The scale key; every item must be in the data.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The figures; those that cannot be computed are <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">The key names an item that is not in the data.</exception>
    public static AlphaResult Alpha(ResponseMatrix data, ScaleKey scale, AlphaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scale);
        scale.Validate(data);
        options ??= AlphaOptions.Default;
        return data.IsCompact ? AlphaCompact(data, [scale], options, -1)[0] : AlphaDoubles(data, scale, options);
    }

    /// <summary>Computes psych's <c>alpha()</c> figures for several scales, each exactly as <see cref="Alpha"/> would.</summary>
    /// <remarks>
    /// Compact (byte) matrices take a fast path: the pairwise moments of every item named and each scale's total score
    /// come from one pass over the rows each, spread over threads; the sums are exact integers, so the result does not
    /// depend on the number of threads.
    /// </remarks>
    /// <param name="data">The answers; missing answers are left out pairwise.</param>
    /// <param name="scales">The scale keys; every item must be in the data.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults; min and max apply to every scale.</param>
    /// <returns>The figures, one per scale in key order.</returns>
    /// <exception cref="ArgumentException">A key names an item that is not in the data.</exception>
    public static IReadOnlyList<AlphaResult> AlphaScales(ResponseMatrix data, IReadOnlyList<ScaleKey> scales, AlphaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scales);
        foreach (var scale in scales)
        {
            ArgumentNullException.ThrowIfNull(scale, nameof(scales));
            scale.Validate(data);
        }

        options ??= AlphaOptions.Default;
        if (data.IsCompact)
        {
            return AlphaCompact(data, scales, options, -1);
        }

        var results = new AlphaResult[scales.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = AlphaDoubles(data, scales[i], options);
        }

        return results;
    }

    /// <summary>The compact path: shared moments and ranges, then every scale's total in one pass.</summary>
    internal static AlphaResult[] AlphaCompact(ResponseMatrix data, IReadOnlyList<ScaleKey> scales, AlphaOptions options, int maxDegreeOfParallelism)
    {
        var s = scales.Count;
        var alls = new int[s][];
        for (var q = 0; q < s; q++)
        {
            var items = scales[q].Items;
            alls[q] = new int[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                alls[q][i] = data.GetItemIndex(items[i].ItemId);
            }
        }

        var (lo, hi) = CompactScores.ColumnRange(data, maxDegreeOfParallelism);
        var prepared = new Prepared[s];
        var plans = new List<CompactTotals.Plan>();
        for (var q = 0; q < s; q++)
        {
            var scale = scales[q];
            var all = alls[q];

            // Whole numbers: a column varies (its pairwise variance is positive) exactly when its smallest and largest answers differ.
            var active = new List<int>();
            var zero = new List<int>();
            for (var i = 0; i < all.Length; i++)
            {
                (lo[all[i]] < hi[all[i]] ? active : zero).Add(i);
            }

            var k = active.Count;
            var columns = new int[k];
            var signs = new int[k];
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (var t = 0; t < k; t++)
            {
                columns[t] = all[active[t]];
                signs[t] = scale.Items[active[t]].Sign;
                min = Math.Min(min, lo[columns[t]]);
                max = Math.Max(max, hi[columns[t]]);
            }

            min = options.Min ?? min;
            max = options.Max ?? max;
            var flip = min + max;
            var p = new Prepared(scale, all, active, zero, columns, signs, min, max) { Unanswered = zero.Where(z => lo[all[z]] > hi[all[z]]).ToList() };
            prepared[q] = p;
            if (k > 0 && CompactScores.CanScore(flip))
            {
                // Keyed answers lie within the columns' ranges (or their reversal), whatever min and max are given.
                int low = int.MaxValue, high = int.MinValue, bad = 0;
                var sumBad = 0.0;
                var reversed = new bool[k];
                for (var t = 0; t < k; t++)
                {
                    reversed[t] = signs[t] < 0;
                    var (a, b) = reversed[t] ? ((int)flip - hi[columns[t]], (int)flip - lo[columns[t]]) : (lo[columns[t]], hi[columns[t]]);
                    low = Math.Min(low, a);
                    high = Math.Max(high, b);
                }

                (bad, sumBad) = ZeroVarianceTerms(data, all, zero);

                var plan = new CompactTotals.Plan(columns, reversed, (int)flip, low, high, bad, sumBad);
                if (plan.Fits)
                {
                    p.Plan = plan;
                    plans.Add(plan);
                }
            }
        }

        CompactTotals.Compute(data, [.. plans], maxDegreeOfParallelism);

        // Scales whose moments did not come from a joint table share one pass of the Gram kernels.
        var union = new List<int>();
        var positionOf = new Dictionary<int, int>();
        foreach (var p in prepared)
        {
            if (p.Plan?.Moments is null)
            {
                foreach (var col in p.Columns)
                {
                    if (positionOf.TryAdd(col, union.Count))
                    {
                        union.Add(col);
                    }
                }
            }
        }

        var shared = union.Count > 0 ? PairwiseMoments.Compute(data, union.ToArray(), maxDegreeOfParallelism) : null;
        var results = new AlphaResult[s];
        for (var q = 0; q < s; q++)
        {
            var p = prepared[q];
            var moments = p.Plan?.Moments
                ?? (p.Columns.Length == 0 ? PairwiseMoments.FromSums(0, [], [], [], []) : shared!.Subset([.. p.Columns.Select(c => positionOf[c])]));
            var (mean, sd, rawR) = p.Plan is { } plan
                ? (plan.Mean, plan.Sd, plan.RawR)
                : TotalByRows(data, p.All, p.Zero, p.Columns, p.Signs, p.Min + p.Max);
            results[q] = Finish(p, moments, data.RespondentCount, mean, sd, rawR);
        }

        return results;
    }

    /// <summary>The row-by-row path (double matrices).</summary>
    private static AlphaResult AlphaDoubles(ResponseMatrix data, ScaleKey scale, AlphaOptions options)
    {
        var all = new int[scale.Items.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = data.GetItemIndex(scale.Items[i].ItemId);
        }

        // Items with zero variance (or fewer than two answers) leave C and R first, as psych does.
        var first = PairwiseMoments.Compute(data, all);
        var (active, zero) = Split(first, all.Length);
        var k = active.Count;
        var columns = new int[k];
        var signs = new int[k];
        for (var t = 0; t < k; t++)
        {
            columns[t] = all[active[t]];
            signs[t] = scale.Items[active[t]].Sign;
        }

        var moments = k == all.Length ? first : PairwiseMoments.Compute(data, columns);
        var (min, max) = MinMax(data, columns);
        min = options.Min ?? min;
        max = options.Max ?? max;
        var p = new Prepared(scale, all, active, zero, columns, signs, min, max) { Unanswered = zero.Where(z => first.Count[(z * all.Length) + z] == 0).ToList() };
        var (mean, sd, rawR) = TotalByRows(data, all, zero, columns, signs, min + max);
        return Finish(p, moments, data.RespondentCount, mean, sd, rawR);
    }

    /// <summary>Items with zero variance (or fewer than two answers) leave C and R, as psych does.</summary>
    private static (List<int> Active, List<int> Zero) Split(PairwiseMoments first, int count)
    {
        var active = new List<int>();
        var zero = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var v = first.Covariance[(i * count) + i];
            (v > 0 ? active : zero).Add(i);
        }

        return (active, zero);
    }

    /// <summary>The total score's mean and sd and each item's raw.r, row by row over doubles.</summary>
    private static (double Mean, double Sd, double[] RawR) TotalByRows(ResponseMatrix data, int[] all, List<int> zero, int[] columns, int[] signs, double flip)
    {
        var k = columns.Length;
        var n = data.RespondentCount;
        var keyed = KeyedColumns(data, columns, signs, flip);
        var total = Totals(data, keyed, k, all, zero);
        var (mean, sd, _) = Descriptive.MeanSd(total);
        var column = new double[n];
        var rawR = new double[k];
        for (var i = 0; i < k; i++)
        {
            for (var row = 0; row < n; row++)
            {
                column[row] = keyed[(row * k) + i];
            }

            rawR[i] = Descriptive.PairwiseCorrelation(total, column);
        }

        return (mean, sd, rawR);
    }

    private static AlphaResult Finish(Prepared p, PairwiseMoments moments, int n, double mean, double sd, double[] rawR)
    {
        var (scale, active, zero, signs, min, max) = (p.Scale, p.Active, p.Zero, p.Signs, p.Min, p.Max);
        var k = active.Count;
        var flip = min + max;
        var c = new double[k * k];
        var r = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var s = signs[i] * signs[j];
                c[(i * k) + j] = s * moments.Covariance[(i * k) + j];
                r[(i * k) + j] = s * moments.Correlation[(i * k) + j];
            }
        }

        var items = ImmutableArray.CreateBuilder<AlphaItemStatistics>(k);
        var apart = NeverTogether(r, k);
        AlphaCore? core = k >= 2 && apart is null ? AlphaCore.Compute(c, r, k, Range(k, -1)) : null;
        var colSumC = new double[k];
        var colSumR = new double[k];
        double sumC = 0, sumR = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                colSumC[i] += c[(i * k) + j];
                colSumR[i] += r[(i * k) + j];
            }

            sumC += colSumC[i];
            sumR += colSumR[i];
        }

        var rc = (double[])r.Clone();
        var smc = k >= 1 && apart is null ? Smc.FromCorrelations(r, k) : new double[k];
        for (var i = 0; i < k; i++)
        {
            rc[(i * k) + i] = smc[i];
        }

        var colSumRc = new double[k];
        var sumRc = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                colSumRc[i] += rc[(i * k) + j];
            }

            sumRc += colSumRc[i];
        }

        for (var i = 0; i < k; i++)
        {
            var item = scale.Items[active[i]];
            var cii = c[(i * k) + i];
            var mi = moments.Mean[i];
            items.Add(new AlphaItemStatistics
            {
                Key = item.Key,
                ItemId = item.ItemId,
                Reversed = item.Reversed,
                Count = (int)moments.Count[(i * k) + i],
                Mean = Figures.OrNull(item.Reversed ? flip - mi : mi),
                StandardDeviation = Figures.OrNull(Math.Sqrt(cii)),
                RawR = Figures.OrNull(rawR[i]),
                StandardizedR = apart is null ? Figures.OrNull(colSumR[i] / Math.Sqrt(sumR)) : null,
                CorrectedR = apart is null ? Figures.OrNull(colSumRc[i] / Math.Sqrt(sumRc)) : null,
                RDrop = apart is null ? Figures.OrNull((colSumC[i] - cii) / Math.Sqrt(cii * (sumC - (2 * colSumC[i]) + cii))) : null,
                IfDropped = apart is null ? IfDropped(c, r, k, i, n) : new AlphaIfDropped(),
            });
        }

        var zeroKeys = new List<string>(zero.Count);
        foreach (var z in zero)
        {
            zeroKeys.Add(scale.Items[z].Key);
        }

        double? lower = null, upper = null;
        if (core is { } fc && double.IsFinite(fc.Raw) && n > 1)
        {
            var d1 = n - 1.0;
            var d2 = (n - 1.0) * (k - 1.0);
            lower = Figures.OrNull(1 - ((1 - fc.Raw) * FisherSnedecor.InvCDF(d1, d2, 0.975)));
            upper = Figures.OrNull(1 - ((1 - fc.Raw) * FisherSnedecor.InvCDF(d1, d2, 0.025)));
        }

        var notes = new List<string>();
        if (apart is var (x, y))
        {
            notes.Add($"items '{scale.Items[active[x]].Key}' and '{scale.Items[active[y]].Key}' have no known correlation (two respondents never answered both, or one of them does not vary where both are answered), so alpha, lambda 6, the inter-item correlations and every item's r and alpha if dropped are left empty (psych's alpha() stops with an error on such data).");
        }

        var unanswered = p.Unanswered.Select(z => $"'{scale.Items[z].Key}'").ToList();
        if (unanswered.Count > 0)
        {
            notes.Add($"{string.Join(", ", unanswered)} {(unanswered.Count == 1 ? "has" : "have")} no answers: as in psych's alpha(), left out of the correlations but counted in the divisor of each total score (its mean and sd).");
        }

        return new AlphaResult
        {
            Scale = scale,
            Note = notes.Count > 0 ? string.Join(" ", notes) : null,
            RespondentCount = n,
            ItemCount = k,
            ZeroVarianceItems = new EquatableArray<string>(zeroKeys),
            ReverseMin = Figures.OrNull(min),
            ReverseMax = Figures.OrNull(max),
            RawAlpha = core is { } a ? Figures.OrNull(a.Raw) : null,
            StandardizedAlpha = core is { } b ? Figures.OrNull(b.Std) : null,
            Lambda6 = core is { } g ? Figures.OrNull(g.G6) : null,
            AverageR = core is { } av ? Figures.OrNull(av.AverageR) : null,
            MedianR = core is { } md ? Figures.OrNull(md.MedianR) : null,
            VarianceR = core is { } vr ? Figures.OrNull(vr.VarR) : null,
            SignalToNoise = core is { } sn ? Figures.OrNull(sn.SignalToNoise) : null,
            StandardError = core is { } q ? Figures.OrNull(Math.Sqrt(q.Q / n)) : null,
            FeldtLower = lower,
            FeldtUpper = upper,
            Mean = Figures.OrNull(mean),
            StandardDeviation = Figures.OrNull(sd),
            Items = new EquatableArray<AlphaItemStatistics>(items.ToImmutable()),
        };
    }

    private static AlphaIfDropped IfDropped(double[] c, double[] r, int k, int drop, int n)
    {
        if (k > 2)
        {
            var d = AlphaCore.Compute(c, r, k, Range(k, drop));
            return new AlphaIfDropped
            {
                RawAlpha = Figures.OrNull(d.Raw),
                StandardizedAlpha = Figures.OrNull(d.Std),
                Lambda6 = Figures.OrNull(d.G6),
                AverageR = Figures.OrNull(d.AverageR),
                SignalToNoise = Figures.OrNull(d.SignalToNoise),
                StandardError = Figures.OrNull(Math.Sqrt(d.Q / n)),
                VarianceR = Figures.OrNull(d.VarR),
                MedianR = Figures.OrNull(d.MedianR),
            };
        }

        if (k == 2)
        {
            // psych does not recompute on one item: C12/C22 when item 1 is dropped, C12/C11 when item 2 is.
            var r12 = r[1];
            var smc1 = Smc.FromCorrelations(r, 2)[0];
            return new AlphaIfDropped
            {
                RawAlpha = Figures.OrNull(c[1] / (drop == 0 ? c[3] : c[0])),
                StandardizedAlpha = Figures.OrNull(r12),
                Lambda6 = Figures.OrNull(smc1),
                AverageR = Figures.OrNull(r12),
                SignalToNoise = Figures.OrNull(r12 / (1 - r12)),
                StandardError = null,
                VarianceR = 0,
                MedianR = Figures.OrNull(r12),
            };
        }

        return new AlphaIfDropped();
    }

    /// <summary>Keyed answers of the columns, rows × k row-major, NaN for missing; reversed items become flip − x.</summary>
    private static double[] KeyedColumns(ResponseMatrix data, int[] columns, int[] signs, double flip)
    {
        var k = columns.Length;
        var n = data.RespondentCount;
        var keyed = new double[n * k];
        for (var row = 0; row < n; row++)
        {
            for (var i = 0; i < k; i++)
            {
                var x = data[row, columns[i]];
                keyed[(row * k) + i] = signs[i] < 0 ? flip - x : x;
            }
        }

        return keyed;
    }

    /// <summary>
    /// What zero-variance items add to every total, as psych's <c>alpha()</c> does: each counts in the divisor
    /// (<c>n.bad</c>), an item with no answers too, and adds its answer in the first row (<c>sum.bad</c>, with
    /// <c>na.rm</c>: nothing when that row did not answer it).
    /// </summary>
    private static (int Bad, double SumBad) ZeroVarianceTerms(ResponseMatrix data, int[] all, List<int> zero)
    {
        var sumBad = 0.0;
        if (data.RespondentCount > 0)
        {
            foreach (var z in zero)
            {
                var x = data[0, all[z]];
                sumBad += double.IsNaN(x) ? 0 : x;
            }
        }

        return (zero.Count, sumBad);
    }

    /// <summary>
    /// Each respondent's mean keyed answer; zero-variance items add their constant answer and count in the divisor, as
    /// psych's <c>(nvar · rowMeans + sum.bad) / (nvar + n.bad)</c>.
    /// </summary>
    private static double[] Totals(ResponseMatrix data, double[] keyed, int k, int[] all, List<int> zero)
    {
        var n = data.RespondentCount;
        var (bad, sumBad) = ZeroVarianceTerms(data, all, zero);

        var total = new double[n];
        for (var row = 0; row < n; row++)
        {
            var sum = 0.0;
            var answered = 0;
            for (var i = 0; i < k; i++)
            {
                var x = keyed[(row * k) + i];
                if (!double.IsNaN(x))
                {
                    sum += x;
                    answered++;
                }
            }

            total[row] = answered == 0 ? double.NaN : bad == 0 ? sum / answered : ((k * (sum / answered)) + sumBad) / (k + bad);
        }

        return total;
    }

    private static (double Min, double Max) MinMax(ResponseMatrix data, int[] columns)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var row = 0; row < data.RespondentCount; row++)
        {
            foreach (var col in columns)
            {
                var x = data[row, col];
                if (!double.IsNaN(x))
                {
                    min = Math.Min(min, x);
                    max = Math.Max(max, x);
                }
            }
        }

        return (min, max);
    }

    private static int[] Range(int k, int except)
    {
        var list = new int[except >= 0 ? k - 1 : k];
        var at = 0;
        for (var i = 0; i < k; i++)
        {
            if (i != except)
            {
                list[at++] = i;
            }
        }

        return list;
    }

    /// <summary>A scale's items split into active and zero-variance ones, and its range for reversing.</summary>
    private sealed record Prepared(
        ScaleKey Scale, int[] All, List<int> Active, List<int> Zero, int[] Columns, int[] Signs, double Min, double Max)
    {
        public CompactTotals.Plan? Plan { get; set; }

        /// <summary>Gets the positions (in the key) of items nobody answered.</summary>
        public List<int> Unanswered { get; init; } = [];
    }

    /// <summary>Returns the first pair of items whose correlation is unknown (never answered together by two respondents), or <see langword="null"/>.</summary>
    private static (int, int)? NeverTogether(double[] r, int k)
    {
        for (var i = 0; i < k; i++)
        {
            for (var j = i + 1; j < k; j++)
            {
                if (double.IsNaN(r[(i * k) + j]))
                {
                    return (i, j);
                }
            }
        }

        return null;
    }
}
