namespace LeadershipModel.Analysis.Reliability;

/// <summary>The scale figures recomputed without one item (psych's <c>alpha.drop</c> row).</summary>
/// <remarks>
/// <para>For a two-item scale psych does not recompute on one item: it reports C12/C22 (dropping item 1) or C12/C11
/// (dropping item 2) as raw alpha and the items' correlation as standardized alpha, average r and median r; this type
/// copies that. A figure that cannot be computed is <see langword="null"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record AlphaIfDropped
{
    /// <summary>Gets raw alpha without the item.</summary>
    public double? RawAlpha { get; init; }

    /// <summary>Gets standardized alpha without the item.</summary>
    public double? StandardizedAlpha { get; init; }

    /// <summary>Gets Guttman's lambda 6 without the item.</summary>
    public double? Lambda6 { get; init; }

    /// <summary>Gets the average inter-item correlation without the item.</summary>
    public double? AverageR { get; init; }

    /// <summary>Gets the signal/noise ratio without the item.</summary>
    public double? SignalToNoise { get; init; }

    /// <summary>Gets the asymptotic standard error of raw alpha without the item (null for a two-item scale).</summary>
    public double? StandardError { get; init; }

    /// <summary>Gets the variance of the inter-item correlations without the item.</summary>
    public double? VarianceR { get; init; }

    /// <summary>Gets the median inter-item correlation without the item.</summary>
    public double? MedianR { get; init; }
}
