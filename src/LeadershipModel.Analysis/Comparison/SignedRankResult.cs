namespace LeadershipModel.Analysis.Comparison;

/// <summary>The Wilcoxon signed-rank test of paired differences, with the normal approximation and continuity
/// correction (R's <c>wilcox.test(paired = TRUE, exact = FALSE, correct = TRUE)</c>).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SignedRankResult
{
    /// <summary>Gets the number of non-zero differences.</summary>
    public int Count { get; init; }

    /// <summary>Gets V, the sum of the ranks of the positive differences (R's statistic).</summary>
    public double V { get; init; }

    /// <summary>Gets the continuity-corrected z, or <see langword="null"/> without non-zero differences.</summary>
    public double? Z { get; init; }

    /// <summary>Gets the two-sided p-value, or <see langword="null"/> without non-zero differences.</summary>
    public double? PValue { get; init; }
}
