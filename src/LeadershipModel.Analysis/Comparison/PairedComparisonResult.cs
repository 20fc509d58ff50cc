namespace LeadershipModel.Analysis.Comparison;

/// <summary>Paired values compared: the paired t test, d_z and the Wilcoxon signed-rank test (see <see cref="PairedComparison"/>).</summary>
/// <remarks>
/// <para>A figure that cannot be computed (fewer than two pairs, no variance) is <see langword="null"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PairedComparisonResult
{
    /// <summary>Gets the number of complete pairs.</summary>
    public int Count { get; init; }

    /// <summary>Gets the mean of the differences x − y.</summary>
    public double? MeanDifference { get; init; }

    /// <summary>Gets the sample standard deviation (n − 1) of the differences.</summary>
    public double? StandardDeviationOfDifferences { get; init; }

    /// <summary>Gets the paired t statistic.</summary>
    public double? T { get; init; }

    /// <summary>Gets the degrees of freedom, n − 1.</summary>
    public double? DegreesOfFreedom { get; init; }

    /// <summary>Gets the two-sided p-value of the paired t test.</summary>
    public double? PValue { get; init; }

    /// <summary>Gets the effect size d_z = mean(d)/sd(d).</summary>
    public double? Dz { get; init; }

    /// <summary>Gets the Wilcoxon signed-rank test.</summary>
    public required SignedRankResult SignedRank { get; init; }
}
