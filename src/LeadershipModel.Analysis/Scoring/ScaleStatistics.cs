using LeadershipModel.Analysis.Reliability;

namespace LeadershipModel.Analysis.Scoring;

/// <summary>The figures <c>scoreItems()</c> reports for one scale.</summary>
/// <remarks>
/// <para>These differ from <see cref="ReliabilityAnalysis.Alpha"/>'s: average r is the alpha-implied
/// α / (n − α(n − 1)), and lambda 6 takes each item's smc from the covariance matrix of all items scored.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ScaleStatistics
{
    /// <summary>Gets the scale key.</summary>
    public required ScaleKey Scale { get; init; }

    /// <summary>Gets the number of items scored (items with zero variance are left out).</summary>
    public int ItemCount { get; init; }

    /// <summary>Gets alpha, n/(n−1) · (V − Σ c_ii) / V.</summary>
    public double? Alpha { get; init; }

    /// <summary>Gets the alpha-implied average correlation, α / (n − α(n − 1)).</summary>
    public double? AverageR { get; init; }

    /// <summary>Gets Guttman's lambda 6, (V − Σ c_ii + Σ smc_i · c_ii) / V.</summary>
    public double? Lambda6 { get; init; }

    /// <summary>Gets the signal/noise ratio, n · r̄ / (1 − r̄).</summary>
    public double? SignalToNoise { get; init; }

    /// <summary>Gets the median keyed inter-item correlation.</summary>
    public double? MedianR { get; init; }

    /// <summary>Gets psych's <c>ase</c> for the scale as <c>scoreItems</c> computes it.</summary>
    public double? StandardError { get; init; }

    /// <summary>Gets the corrected item-total correlation of each scored item, in key order.</summary>
    public EquatableArray<ItemTotalCorrelation> ItemTotalCorrelations { get; init; }

    /// <summary>Gets the keys of items whose corrected item-total correlation is negative: check their keying.</summary>
    public EquatableArray<string> SuspectedUnreversedItems
        => ItemTotalCorrelations.Where(i => i.LooksUnreversed).Select(i => i.Key).ToEquatableArray();
}
