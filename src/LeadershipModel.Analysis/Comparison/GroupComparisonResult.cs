namespace LeadershipModel.Analysis.Comparison;

/// <summary>Two groups compared: Welch's t test and Cohen's d.</summary>
/// <remarks>
/// <para>A figure that cannot be computed (a group with fewer than two values, no variance) is <see langword="null"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record GroupComparisonResult
{
    /// <summary>Gets the number of values in the first group (missing values left out).</summary>
    public int CountA { get; init; }

    /// <summary>Gets the number of values in the second group.</summary>
    public int CountB { get; init; }

    /// <summary>Gets the first group's mean.</summary>
    public double? MeanA { get; init; }

    /// <summary>Gets the second group's mean.</summary>
    public double? MeanB { get; init; }

    /// <summary>Gets the first group's sample standard deviation.</summary>
    public double? StandardDeviationA { get; init; }

    /// <summary>Gets the second group's sample standard deviation.</summary>
    public double? StandardDeviationB { get; init; }

    /// <summary>Gets the difference of the means, A − B.</summary>
    public double? MeanDifference { get; init; }

    /// <summary>Gets Welch's t statistic.</summary>
    public double? T { get; init; }

    /// <summary>Gets the Welch–Satterthwaite degrees of freedom.</summary>
    public double? DegreesOfFreedom { get; init; }

    /// <summary>Gets the two-sided p-value of Welch's t test.</summary>
    public double? PValue { get; init; }

    /// <summary>Gets Cohen's d: the mean difference over the pooled standard deviation.</summary>
    public double? CohensD { get; init; }
}
