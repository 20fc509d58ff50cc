using System.Collections.Immutable;
using LeadershipModel.Analysis.Internal;

namespace LeadershipModel.Analysis;

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
        var selected = Select(data, scales);

        // Items with zero variance leave the data and the keys.
        var first = PairwiseMoments.Compute(data, [.. selected]);
        var kept = new List<int>();
        for (var i = 0; i < selected.Count; i++)
        {
            if (first.Covariance[(i * selected.Count) + i] > 0)
            {
                kept.Add(selected[i]);
            }
        }

        var m = kept.Count;
        var columns = kept.ToArray();
        var (min, max) = MinMax(data, columns);
        min = options.Min ?? min;
        max = options.Max ?? max;

        var keys = KeyMatrix(data, scales, columns);
        var n = data.RespondentCount;
        var s = scales.Count;
        var scores = new double[(long)n * s];
        PairwiseMoments moments;
        if (options.Impute == ImputeMethod.None)
        {
            moments = m == selected.Count ? first : PairwiseMoments.Compute(data, columns);
            ScoreAnswered(data, columns, keys, min + max, scores);
        }
        else
        {
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

        return new ScoreItemsResult(new EquatableArray<ScaleStatistics>(stats.ToImmutable()), scores, n, options.Impute, min, max);
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

    private static void ScoreAnswered(ResponseMatrix data, int[] columns, (int[] Index, int[] Sign, string[] Keys)[] keys, double flip, double[] scores)
    {
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

                scores[((long)r * s) + k] = answered == 0 ? double.NaN : sum / answered;
            }
        }
    }

    private static void ScoreFilled(double[] filled, int n, int m, (int[] Index, int[] Sign, string[] Keys)[] keys, double flip, double[] scores)
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

                scores[((long)r * s) + k] = index.Length == 0 ? double.NaN : sum / index.Length;
            }
        }
    }

    /// <summary>The kept columns as a dense rows × m matrix with each missing answer replaced by its item's median or mean.</summary>
    private static double[] Filled(ResponseMatrix data, int[] columns, ImputeMethod impute)
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

            var fill = impute == ImputeMethod.Median ? Descriptive.Median(column) : Descriptive.MeanSd(column.ToArray()).Mean;
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
}
