namespace LeadershipModel.Scoring;

/// <summary>The built-in scale scorers.</summary>
public enum ScaleScoringMethod
{
    /// <summary>The unweighted mean of the keyed, scaled items (the default).</summary>
    Mean,

    /// <summary>As <see cref="Mean"/> in [0, 1]; <see cref="ScaleScore.RawScore"/> is the prorated sum of the keyed answers.</summary>
    Sum,

    /// <summary>The mean weighted by each item's <see cref="Instruments.Item.Weight"/>.</summary>
    WeightedMean,
}
