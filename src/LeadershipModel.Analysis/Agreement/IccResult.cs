namespace LeadershipModel.Analysis;

/// <summary>ICC(1) from a one-way analysis of variance of ratings grouped by target.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record IccResult
{
    /// <summary>Gets ICC(1) = (MSB − MSW) / (MSB + (k − 1) MSW), or <see langword="null"/> when it cannot be computed.</summary>
    public double? Icc1 { get; init; }

    /// <summary>Gets the number of targets rated.</summary>
    public int TargetCount { get; init; }

    /// <summary>Gets the number of ratings (missing ones left out).</summary>
    public int RatingCount { get; init; }

    /// <summary>Gets the group size k: the raters per target, or for unequal groups k₀ = (N − Σnⱼ²/N)/(J − 1).</summary>
    public double GroupSize { get; init; }

    /// <summary>Gets the mean square between targets.</summary>
    public double? MeanSquareBetween { get; init; }

    /// <summary>Gets the mean square within targets.</summary>
    public double? MeanSquareWithin { get; init; }
}
