using System.Collections.Immutable;
using LeadershipModel.Analysis.Internal;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Agreement;

/// <summary>Agreement among the raters of a target: ICC(1), ICC(2), r_wg and r_wg(j) (James, Demaree &amp; Wolf, 1984),
/// equal to R's <c>multilevel</c> package.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class RaterAgreement
{
    /// <summary>Computes ICC(1) (two ways) and ICC(2) from a one-way ANOVA of scores grouped by target; NaN scores are left out.</summary>
    /// <remarks>
    /// <para><see cref="IccResult.Icc1"/> uses k₀ = (N − Σnⱼ²/N)/(J − 1) for the group size, the ANOVA estimator for
    /// unequal groups; <see cref="IccResult.Icc1MeanGroupSize"/> uses N/J as <c>multilevel::ICC1</c>. They agree on
    /// balanced data. <see cref="IccResult.Icc2"/> = (MSB − MSW)/MSB is <c>multilevel::ICC2</c>, the reliability of a
    /// target's mean rating (psych's ICC1k). psych's Shrout–Fleiss "ICC2" is for raters crossed with targets (every
    /// rater rates every target) and does not apply to nested 360 raters, who each rate their own target.</para>
    /// </remarks>
    /// <param name="targets">The target of each rating.</param>
    /// <param name="scores">The score of each rating.</param>
    /// <returns>The ICC(1) and its parts.</returns>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static IccResult Icc1(IReadOnlyList<string> targets, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(scores);
        if (targets.Count != scores.Count)
        {
            throw new ArgumentException("Every score needs its target: the lists differ in length.", nameof(scores));
        }

        var groups = new Dictionary<string, (int N, double Sum)>(StringComparer.Ordinal);
        var n = 0;
        var grand = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                continue;
            }

            ArgumentNullException.ThrowIfNull(targets[i], nameof(targets));
            var g = groups.GetValueOrDefault(targets[i]);
            groups[targets[i]] = (g.N + 1, g.Sum + scores[i]);
            n++;
            grand += scores[i];
        }

        var j = groups.Count;
        var mean = grand / n;
        double ssb = 0, ssw = 0, sumSq = 0;
        foreach (var (_, (gn, sum)) in groups)
        {
            var gm = sum / gn;
            ssb += gn * (gm - mean) * (gm - mean);
            sumSq += (double)gn * gn;
        }

        for (var i = 0; i < scores.Count; i++)
        {
            if (!double.IsNaN(scores[i]))
            {
                var (gn, sum) = groups[targets[i]];
                var d = scores[i] - (sum / gn);
                ssw += d * d;
            }
        }

        var msb = ssb / (j - 1);
        var msw = ssw / (n - j);
        var k = j > 1 ? (n - (sumSq / n)) / (j - 1) : double.NaN;
        var meanSize = (double)n / j;
        return new IccResult
        {
            Icc1 = Figures.OrNull((msb - msw) / (msb + ((k - 1) * msw))),
            Icc1MeanGroupSize = Figures.OrNull((msb - msw) / (msb + ((meanSize - 1) * msw))),
            Icc2 = Figures.OrNull((msb - msw) / msb),
            MeanGroupSize = meanSize,
            TargetCount = j,
            RatingCount = n,
            GroupSize = k,
            MeanSquareBetween = Figures.OrNull(msb),
            MeanSquareWithin = Figures.OrNull(msw),
        };
    }

    /// <summary>
    /// Computes r_wg as <c>multilevel::rwg</c> does: <c>1 − s²/σ²_EU</c> with the uniform null's expected variance
    /// <c>σ²_EU = (A² − 1)/12</c>, <c>A = max − min + 1</c>, and the observed variance s² (n − 1) capped at σ²_EU, so
    /// the result lies in [0, 1].
    /// </summary>
    /// <param name="ratings">One target's ratings on one item; NaN values are left out.</param>
    /// <param name="min">The lowest answer on the instrument's scale.</param>
    /// <param name="max">The highest answer on the instrument's scale.</param>
    /// <returns>r_wg, or <see langword="null"/> with fewer than two ratings (a group of one gives no value).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale is empty, or a rating lies outside [min, max].</exception>
    public static double? Rwg(ReadOnlySpan<double> ratings, double min, double max)
        => RwgCore(ratings, min, max, capped: true);

    /// <summary>Computes r_wg without the cap: <c>1 − s²/σ²_EU</c>, negative when the raters disagree more than the
    /// uniform null expects (see <see cref="Rwg(ReadOnlySpan{double}, double, double)"/>).</summary>
    /// <param name="ratings">One target's ratings on one item; NaN values are left out.</param>
    /// <param name="min">The lowest answer on the instrument's scale.</param>
    /// <param name="max">The highest answer on the instrument's scale.</param>
    /// <returns>The uncapped r_wg, or <see langword="null"/> with fewer than two ratings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale is empty, or a rating lies outside [min, max].</exception>
    public static double? RwgUncapped(ReadOnlySpan<double> ratings, double min, double max)
        => RwgCore(ratings, min, max, capped: false);

    /// <summary>
    /// Computes r_wg(j) for J items as <c>multilevel::rwg.j</c> does: with s̄² the mean of the item variances,
    /// capped at σ²_EU, <c>r_wg(j) = J(1 − s̄²/σ²_EU) / (J(1 − s̄²/σ²_EU) + s̄²/σ²_EU)</c>.
    /// </summary>
    /// <remarks>As <c>rwg.j</c>, a row with any missing (NaN) answer is dropped before anything is computed.</remarks>
    /// <param name="rows">One target's raters, each an array of J answers.</param>
    /// <param name="min">The lowest answer on the instrument's scale.</param>
    /// <param name="max">The highest answer on the instrument's scale.</param>
    /// <returns>r_wg(j) and the number of complete rows; the value is <see langword="null"/> with fewer than two complete rows.</returns>
    /// <exception cref="ArgumentException">The rows differ in length or are empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The scale is empty, or an answer lies outside [min, max].</exception>
    public static (double? RwgJ, double? Uncapped, int Raters) RwgJ(IReadOnlyList<double[]> rows, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ranvar = ExpectedVariance(min, max);
        var complete = new List<double[]>(rows.Count);
        var j = -1;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r] ?? throw new ArgumentException($"Row {r} is null.", nameof(rows));
            if (j >= 0 && row.Length != j)
            {
                throw new ArgumentException($"Row {r} has {row.Length} answers; the first has {j}.", nameof(rows));
            }

            j = row.Length;
            CheckRange(row, min, max, r);
            if (!row.Any(double.IsNaN))
            {
                complete.Add(row);
            }
        }

        if (j < 1)
        {
            throw new ArgumentException("r_wg(j) needs at least one item.", nameof(rows));
        }

        if (complete.Count < 2)
        {
            return (null, null, complete.Count);
        }

        var column = new double[complete.Count];
        double sum = 0;
        for (var c = 0; c < j; c++)
        {
            for (var r = 0; r < complete.Count; r++)
            {
                column[r] = complete[r][c];
            }

            var (_, sd, _) = Descriptive.MeanSd(column);
            sum += sd * sd;
        }

        var mean = sum / j;
        static double Formula(double s, double ranvar, int j) => j * (1 - (s / ranvar)) / ((j * (1 - (s / ranvar))) + (s / ranvar));
        return (Formula(Math.Min(mean, ranvar), ranvar, j), Figures.OrNull(Formula(mean, ranvar, j)), complete.Count);
    }

    /// <summary>Computes r_wg (capped and uncapped) for every target on one item, grouping rows by <see cref="RespondentInfo.TargetId"/>.</summary>
    /// <param name="data">The ratings.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="min">The lowest answer on the instrument's scale.</param>
    /// <param name="max">The highest answer on the instrument's scale.</param>
    /// <returns>One entry per target, in order of first appearance.</returns>
    /// <exception cref="KeyNotFoundException">The item is not in the data.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside [min, max].</exception>
    public static EquatableArray<TargetAgreement> RwgByTarget(ResponseMatrix data, string itemId, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(data);
        var column = data.GetItemIndex(itemId);
        var result = ImmutableArray.CreateBuilder<TargetAgreement>();
        foreach (var (target, rows) in ByTarget(data))
        {
            var ratings = rows.Select(r => data[r, column]).ToArray();
            result.Add(new TargetAgreement
            {
                TargetId = target,
                Raters = ratings.Count(x => !double.IsNaN(x)),
                Rwg = Rwg(ratings, min, max),
                RwgUncapped = RwgUncapped(ratings, min, max),
            });
        }

        return new EquatableArray<TargetAgreement>(result.ToImmutable());
    }

    /// <summary>Computes r_wg(j) for every target over several items (rows with a missing answer dropped, as <c>rwg.j</c>).</summary>
    /// <param name="data">The ratings.</param>
    /// <param name="itemIds">The items, J of them.</param>
    /// <param name="min">The lowest answer on the instrument's scale.</param>
    /// <param name="max">The highest answer on the instrument's scale.</param>
    /// <returns>One entry per target in order of first appearance; <see cref="TargetAgreement.Rwg"/> holds r_wg(j) and
    /// <see cref="TargetAgreement.Raters"/> the complete rows.</returns>
    /// <exception cref="KeyNotFoundException">An item is not in the data.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside [min, max].</exception>
    public static EquatableArray<TargetAgreement> RwgJByTarget(ResponseMatrix data, IReadOnlyList<string> itemIds, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(itemIds);
        var columns = itemIds.Select(data.GetItemIndex).ToArray();
        var result = ImmutableArray.CreateBuilder<TargetAgreement>();
        foreach (var (target, rows) in ByTarget(data))
        {
            var values = rows.Select(r => columns.Select(c => data[r, c]).ToArray()).ToList();
            var (rwgJ, uncapped, raters) = RwgJ(values, min, max);
            result.Add(new TargetAgreement { TargetId = target, Raters = raters, Rwg = rwgJ, RwgUncapped = uncapped });
        }

        return new EquatableArray<TargetAgreement>(result.ToImmutable());
    }

    private static double? RwgCore(ReadOnlySpan<double> ratings, double min, double max, bool capped)
    {
        var ranvar = ExpectedVariance(min, max);
        CheckRange(ratings, min, max, null);
        var (_, sd, count) = Descriptive.MeanSd(ratings);
        if (count < 2)
        {
            return null;
        }

        var variance = sd * sd;
        return 1 - ((capped ? Math.Min(variance, ranvar) : variance) / ranvar);
    }

    /// <summary>σ²_EU = (A² − 1)/12 with A = max − min + 1 answer options.</summary>
    private static double ExpectedVariance(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || !(max > min))
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"The scale [{min}, {max}] needs a finite minimum below its maximum.");
        }

        var a = max - min + 1;
        return ((a * a) - 1) / 12;
    }

    private static void CheckRange(ReadOnlySpan<double> values, double min, double max, int? row)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (!double.IsNaN(v) && (v < min || v > max))
            {
                var where = row is { } r ? $"row {r}, answer {i}" : $"rating {i}";
                throw new ArgumentOutOfRangeException(nameof(values), v, $"The answer {v} ({where}) lies outside the scale [{min}, {max}].");
            }
        }
    }

    private static List<(string Target, List<int> Rows)> ByTarget(ResponseMatrix data)
    {
        var byTarget = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<(string, List<int>)>();
        for (var r = 0; r < data.RespondentCount; r++)
        {
            var target = data.Respondents[r].TargetId;
            if (!byTarget.TryGetValue(target, out var list))
            {
                byTarget[target] = list = [];
                order.Add((target, list));
            }

            list.Add(r);
        }

        return order;
    }
}
