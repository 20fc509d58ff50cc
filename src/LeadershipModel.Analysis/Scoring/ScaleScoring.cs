using System.Collections.Immutable;
using LeadershipModel.Analysis.Internal;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Scoring;

/// <summary>Scores several scales at once and reports their reliability, equal to R psych's <c>scoreItems()</c>.</summary>
/// <remarks>
/// <para>The items scored are those named by any key; items with zero variance are left out of the data and the keys,
/// as psych does. Reversed items become <c>min + max − x</c>, with min and max over all items scored unless given.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ScaleScoring
{
    /// <summary>Scores every respondent on every scale and computes each scale's alpha, average r and lambda 6.</summary>
    /// <param name="data">The answers.</param>
    /// <param name="scales">The scale keys; names must be unique and every item must be in the data.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults (no imputation).</param>
    /// <returns>The scores and the scale figures.</returns>
    /// <exception cref="ArgumentException">No scales are given, two share a name, or a key names an item that is not in the data.</exception>
    public static ScoreItemsResult ScoreItems(ResponseMatrix data, IReadOnlyList<ScaleKey> scales, ScoreItemsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scales);
        options ??= ScoreItemsOptions.Default;
        var plan = Prepare(data, scales, options);
        var (columns, keys, min, max) = (plan.Columns, plan.Keys, plan.Min, plan.Max);
        var m = columns.Length;
        var n = data.RespondentCount;
        var s = scales.Count;
        double[]? scores = null;
        CompactScoreSource? source = null;
        PairwiseMoments moments;
        if (options.Impute == ImputationMethod.None)
        {
            moments = plan.Moments ?? PairwiseMoments.Compute(data, columns, options.MaxDegreeOfParallelism);
            if (data.IsCompact && CompactScores.CanScore(min + max))
            {
                source = new CompactScoreSource(data, CompactItems(columns, keys), (int)(min + max));
            }
            else
            {
                scores = new double[checked(n * s)];
                ScoreAnswered(data, columns, keys, min + max, scores, options.MaxDegreeOfParallelism);
            }
        }
        else
        {
            scores = new double[checked(n * s)];
            var filled = Filled(data, columns, options.Impute);
            moments = PairwiseMoments.ComputeComplete(filled, n, m);
            ScoreFilled(filled, n, m, keys, min + max, scores);
        }

        var stats = ImmutableArray.CreateBuilder<ScaleStatistics>(s);
        var smc = m > 0 ? Smc.FromCovariances(moments.Covariance, m) : [];
        for (var k = 0; k < s; k++)
        {
            stats.Add(ScaleFigures.Compute(scales[k], keys[k], moments, smc, n));
        }

        var figures = new EquatableArray<ScaleStatistics>(stats.ToImmutable());
        return source is not null
            ? new ScoreItemsResult(figures, source, n, options.Impute, min, max)
            : new ScoreItemsResult(figures, scores!, n, options.Impute, min, max);
    }

    /// <summary>
    /// Writes every respondent's scale scores into a buffer the caller owns: the same values as
    /// <see cref="ScoreItems"/>, without its reliability figures.
    /// </summary>
    /// <remarks>
    /// <para>The score of respondent <c>r</c> on scale <c>s</c> goes to <c>destination[r · scales.Count + s]</c> (row-major,
    /// scales in key order); <see cref="double.NaN"/> marks a respondent who answered none of a scale's items (impute
    /// none). Items with zero variance are left out and reversed items become <c>min + max − x</c>, as in
    /// <see cref="ScoreItems"/>.</para>
    /// <para>Compact (byte) matrices take a fast path: one table look-up and one 64-bit addition per answer, rows spread
    /// over threads, no allocation per row. The result does not depend on the number of threads.</para>
    /// </remarks>
    /// <param name="data">The answers.</param>
    /// <param name="scales">The scale keys; names must be unique and every item must be in the data.</param>
    /// <param name="destination">At least <c>data.RespondentCount × scales.Count</c> values.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults (no imputation).</param>
    /// <exception cref="ArgumentException">No scales are given, two share a name, a key names an item that is not in the data, or <paramref name="destination"/> is too short.</exception>
    public static void ScoreInto(ResponseMatrix data, IReadOnlyList<ScaleKey> scales, Span<double> destination, ScoreItemsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scales);
        options ??= ScoreItemsOptions.Default;
        var needed = (long)data.RespondentCount * scales.Count;
        if (destination.Length < needed)
        {
            throw new ArgumentException($"The destination must hold {needed} values (respondents × scales); it holds {destination.Length}.", nameof(destination));
        }

        var plan = Prepare(data, scales, options);
        var (columns, keys, min, max) = (plan.Columns, plan.Keys, plan.Min, plan.Max);
        var scores = destination[..(int)needed];
        if (options.Impute == ImputationMethod.None)
        {
            ScoreAnswered(data, columns, keys, min + max, scores, options.MaxDegreeOfParallelism);
        }
        else
        {
            var filled = Filled(data, columns, options.Impute);
            ScoreFilled(filled, data.RespondentCount, columns.Length, keys, min + max, scores);
        }
    }

    /// <summary>The items kept (zero-variance ones dropped), the key matrix, and min and max for reversing.</summary>
    private static Plan Prepare(ResponseMatrix data, IReadOnlyList<ScaleKey> scales, ScoreItemsOptions options)
    {
        var selected = Select(data, scales);
        var dop = options.MaxDegreeOfParallelism;
        var kept = new List<int>();
        PairwiseMoments? moments = null;
        double min, max;
        if (data.IsCompact)
        {
            // Whole numbers: a column varies exactly when its smallest and largest answers differ.
            var (lo, hi) = CompactScores.ColumnRange(data, dop);
            foreach (var col in selected)
            {
                if (lo[col] < hi[col])
                {
                    kept.Add(col);
                }
            }

            (min, max) = (double.PositiveInfinity, double.NegativeInfinity);
            foreach (var col in kept)
            {
                min = Math.Min(min, lo[col]);
                max = Math.Max(max, hi[col]);
            }
        }
        else
        {
            var first = PairwiseMoments.Compute(data, [.. selected], dop);
            var positions = new List<int>();
            for (var i = 0; i < selected.Count; i++)
            {
                if (first.Covariance[(i * selected.Count) + i] > 0)
                {
                    kept.Add(selected[i]);
                    positions.Add(i);
                }
            }

            moments = positions.Count == selected.Count ? first : first.Subset([.. positions]);
            (min, max) = MinMax(data, [.. kept]);
        }

        var columns = kept.ToArray();
        return new Plan(columns, KeyMatrix(data, scales, columns), options.Min ?? min, options.Max ?? max, moments);
    }

    private static List<int> Select(ResponseMatrix data, IReadOnlyList<ScaleKey> scales)
    {
        if (scales.Count == 0)
        {
            throw new ArgumentException("At least one scale key is needed.", nameof(scales));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var selected = new List<int>();
        var seen = new HashSet<int>();
        foreach (var scale in scales)
        {
            ArgumentNullException.ThrowIfNull(scale, nameof(scales));
            scale.Validate(data);
            if (!names.Add(scale.Name))
            {
                throw new ArgumentException($"Scale '{scale.Name}' is given twice.", nameof(scales));
            }

            foreach (var item in scale.Items)
            {
                var col = data.GetItemIndex(item.ItemId);
                if (seen.Add(col))
                {
                    selected.Add(col);
                }
            }
        }

        return selected;
    }

    /// <summary>For each scale, the kept columns (indices into <paramref name="columns"/>), their signs and keys.</summary>
    private static (int[] Index, int[] Sign, string[] Keys)[] KeyMatrix(ResponseMatrix data, IReadOnlyList<ScaleKey> scales, int[] columns)
    {
        var position = new Dictionary<int, int>();
        for (var i = 0; i < columns.Length; i++)
        {
            position[columns[i]] = i;
        }

        var keys = new (int[], int[], string[])[scales.Count];
        for (var k = 0; k < scales.Count; k++)
        {
            var index = new List<int>();
            var sign = new List<int>();
            var names = new List<string>();
            foreach (var item in scales[k].Items)
            {
                if (position.TryGetValue(data.GetItemIndex(item.ItemId), out var at))
                {
                    index.Add(at);
                    sign.Add(item.Sign);
                    names.Add(item.Key);
                }
            }

            keys[k] = ([.. index], [.. sign], [.. names]);
        }

        return keys;
    }

    private static void ScoreAnswered(ResponseMatrix data, int[] columns, (int[] Index, int[] Sign, string[] Keys)[] keys, double flip, Span<double> scores, int maxDegreeOfParallelism)
    {
        if (data.IsCompact && CompactScores.CanScore(flip))
        {
            CompactScores.Score(data, CompactItems(columns, keys), (int)flip, scores, maxDegreeOfParallelism);
            return;
        }

        var row = new double[data.ItemCount];
        var s = keys.Length;
        for (var r = 0; r < data.RespondentCount; r++)
        {
            data.CopyRow(r, row);
            for (var k = 0; k < s; k++)
            {
                var (index, sign, _) = keys[k];
                var sum = 0.0;
                var answered = 0;
                for (var i = 0; i < index.Length; i++)
                {
                    var x = row[columns[index[i]]];
                    if (!double.IsNaN(x))
                    {
                        sum += sign[i] < 0 ? flip - x : x;
                        answered++;
                    }
                }

                scores[(r * s) + k] = answered == 0 ? double.NaN : sum / answered;
            }
        }
    }

    /// <summary>For each scale, the matrix columns of its kept items and whether each is reversed.</summary>
    private static (int[] Columns, bool[] Reversed)[] CompactItems(int[] columns, (int[] Index, int[] Sign, string[] Keys)[] keys)
    {
        var items = new (int[] Columns, bool[] Reversed)[keys.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            var (index, sign, _) = keys[k];
            items[k] = (index.Select(i => columns[i]).ToArray(), sign.Select(x => x < 0).ToArray());
        }

        return items;
    }

    private static void ScoreFilled(double[] filled, int n, int m, (int[] Index, int[] Sign, string[] Keys)[] keys, double flip, Span<double> scores)
    {
        var s = keys.Length;
        for (var r = 0; r < n; r++)
        {
            for (var k = 0; k < s; k++)
            {
                var (index, sign, _) = keys[k];
                var sum = 0.0;
                for (var i = 0; i < index.Length; i++)
                {
                    var x = filled[((long)r * m) + index[i]];
                    sum += sign[i] < 0 ? flip - x : x;
                }

                scores[(r * s) + k] = index.Length == 0 ? double.NaN : sum / index.Length;
            }
        }
    }

    /// <summary>The kept columns as a dense rows × m matrix with each missing answer replaced by its item's median or mean.</summary>
    private static double[] Filled(ResponseMatrix data, int[] columns, ImputationMethod impute)
    {
        var n = data.RespondentCount;
        var m = columns.Length;
        var filled = new double[(long)n * m];
        var column = new List<double>(n);
        for (var i = 0; i < m; i++)
        {
            column.Clear();
            for (var r = 0; r < n; r++)
            {
                var x = data[r, columns[i]];
                filled[((long)r * m) + i] = x;
                column.Add(x);
            }

            var fill = impute == ImputationMethod.ItemMedian ? Descriptive.Median(column) : Descriptive.MeanSd(column.ToArray()).Mean;
            for (var r = 0; r < n; r++)
            {
                if (double.IsNaN(filled[((long)r * m) + i]))
                {
                    filled[((long)r * m) + i] = fill;
                }
            }
        }

        return filled;
    }

    private static (double Min, double Max) MinMax(ResponseMatrix data, int[] columns)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var row = new double[data.ItemCount];
        for (var r = 0; r < data.RespondentCount; r++)
        {
            data.CopyRow(r, row);
            foreach (var col in columns)
            {
                var x = row[col];
                if (!double.IsNaN(x))
                {
                    min = Math.Min(min, x);
                    max = Math.Max(max, x);
                }
            }
        }

        return (min, max);
    }

    private sealed record Plan(int[] Columns, (int[] Index, int[] Sign, string[] Keys)[] Keys, double Min, double Max, PairwiseMoments? Moments);
}
