namespace LeadershipModel.Analysis.Agreement;

/// <summary>ICC(1) and ICC(2) from a one-way analysis of variance of ratings grouped by target (see <see cref="RaterAgreement.Icc1"/>).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record IccResult
{
    /// <summary>Gets ICC(1) = (MSB − MSW) / (MSB + (k₀ − 1) MSW) with k₀ = <see cref="GroupSize"/>, or <see langword="null"/> when it cannot be computed.</summary>
    public double? Icc1 { get; init; }

    /// <summary>Gets ICC(1) with the mean group size N/J for k, as <c>multilevel::ICC1</c>; equal to <see cref="Icc1"/> on balanced data.</summary>
    public double? Icc1MeanGroupSize { get; init; }

    /// <summary>Gets ICC(2) = (MSB − MSW) / MSB, the reliability of a target's mean rating, as <c>multilevel::ICC2</c> (psych's ICC1k).</summary>
    public double? Icc2 { get; init; }

    /// <summary>Gets the mean group size N/J.</summary>
    public double MeanGroupSize { get; init; }

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
