using System.Runtime.CompilerServices;

namespace LeadershipModel.Scoring;

/// <summary>The built-in mean, sum and weighted-mean scorers.</summary>
internal sealed class BuiltInScaleScorer(ScaleScoringMethod method) : IScaleScorer
{
    public ScaleScoringMethod Method { get; } = method;

    public string Name => Method switch
    {
        ScaleScoringMethod.Sum => "sum",
        ScaleScoringMethod.WeightedMean => "weighted-mean",
        _ => "mean",
    };

    // Inlined where the scale scoring step calls it (the JIT's guarded devirtualization): the step makes one call
    // per scale, and most scales have two or three items, so the call itself cost about as much as the mean.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Score(in ScaleScoringArguments arguments)
    {
        var values = arguments.Values.Span;
        double sum = 0, weights = 0;
        if (Method == ScaleScoringMethod.WeightedMean)
        {
            var items = arguments.Items.AsSpan();
            for (var i = 0; i < values.Length; i++)
            {
                var v = values[i];
                if (!double.IsNaN(v))
                {
                    var w = items[i].Weight;
                    sum += w * v;
                    weights += w;
                }
            }
        }
        else
        {
            // Every weight is 1 (w · v = v exactly), so the loop need not read the items.
            for (var i = 0; i < values.Length; i++)
            {
                var v = values[i];
                if (!double.IsNaN(v))
                {
                    sum += v;
                    weights++;
                }
            }
        }

        return weights > 0 ? Math.Clamp(sum / weights, 0, 1) : double.NaN;
    }

    /// <summary>
    /// The mean and sum methods' score of every scale, from the values of all items in one pass: a scale's values are
    /// added in item order, which is the scale's own order, so each sum is the one <see cref="Score"/> takes.
    /// </summary>
    /// <param name="unit">The unit values of all items (NaN = missing).</param>
    /// <param name="scaleOf">The scale of each item.</param>
    /// <param name="scores">Receives each scale's score, or NaN with no value.</param>
    /// <param name="counts">Scratch for each scale's number of values, as long as <paramref name="scores"/>.</param>
    public static void UnweightedMeans(ReadOnlySpan<double> unit, int[] scaleOf, Span<double> scores, Span<int> counts)
    {
        counts.Clear();
        scores.Clear();
        var n = Math.Min(unit.Length, scaleOf.Length);
        for (var i = 0; i < n; i++)
        {
            var v = unit[i];
            if (!double.IsNaN(v))
            {
                var s = scaleOf[i];
                scores[s] += v;
                counts[s]++;
            }
        }

        for (var s = 0; s < scores.Length; s++)
        {
            scores[s] = counts[s] > 0 ? Math.Clamp(scores[s] / counts[s], 0, 1) : double.NaN;
        }
    }
}
