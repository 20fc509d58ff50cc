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
    /// The mean and sum methods' score of one scale, from the values of all items and the scale's item positions:
    /// the same sums in the same order as <see cref="Score"/> over the scale's values, without copying them out.
    /// </summary>
    /// <param name="unit">The unit values of all items (NaN = missing).</param>
    /// <param name="indexes">The scale's item positions, in its order.</param>
    /// <returns>The score, or NaN with no value.</returns>
    public static double UnweightedMean(ReadOnlySpan<double> unit, int[] indexes)
    {
        double sum = 0, weights = 0;
        foreach (var i in indexes)
        {
            var v = unit[i];
            if (!double.IsNaN(v))
            {
                sum += v;
                weights++;
            }
        }

        return weights > 0 ? Math.Clamp(sum / weights, 0, 1) : double.NaN;
    }
}
