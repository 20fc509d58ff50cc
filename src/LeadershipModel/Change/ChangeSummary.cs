namespace LeadershipModel.Change;

/// <summary>The whole sample's change on one index: the paired t test of post against pre, d_z, and the count of
/// people in each reliable change category.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ChangeSummary
{
    /// <summary>Gets the index id.</summary>
    public required string IndexId { get; init; }

    /// <summary>Gets the number of people with both scores.</summary>
    public required int Count { get; init; }

    /// <summary>Gets the mean of post − pre.</summary>
    public double? MeanDifference { get; init; }

    /// <summary>Gets the paired t statistic, as R's <c>t.test(post, pre, paired = TRUE)</c>.</summary>
    public double? T { get; init; }

    /// <summary>Gets the degrees of freedom, n − 1.</summary>
    public double? DegreesOfFreedom { get; init; }

    /// <summary>Gets the two-sided p-value.</summary>
    public double? PValue { get; init; }

    /// <summary>Gets the effect size d_z: the mean difference over the standard deviation of the differences.</summary>
    public double? Dz { get; init; }

    /// <summary>Gets the number of people who increased reliably.</summary>
    public int Increased { get; init; }

    /// <summary>Gets the number of people whose change is within measurement error.</summary>
    public int Unchanged { get; init; }

    /// <summary>Gets the number of people who decreased reliably.</summary>
    public int Decreased { get; init; }
}
