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

    public double Score(in ScaleScoringArguments arguments)
    {
        var values = arguments.Values.Span;
        var items = arguments.Items.AsSpan();
        double sum = 0, weights = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (!double.IsNaN(v))
            {
                var w = Method == ScaleScoringMethod.WeightedMean ? items[i].Weight : 1;
                sum += w * v;
                weights += w;
            }
        }

        return weights > 0 ? Math.Clamp(sum / weights, 0, 1) : double.NaN;
    }
}
