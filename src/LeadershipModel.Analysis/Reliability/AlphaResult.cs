namespace LeadershipModel.Analysis.Reliability;

/// <summary>The reliability of one scale, as psych's <c>alpha()</c> reports it.</summary>
/// <remarks>
/// <para>Covariances and correlations are pairwise (psych 2.5.x semantics). A figure that cannot be computed (too few
/// items with variance, too few respondents) is <see langword="null"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record AlphaResult
{
    /// <summary>Gets the scale key analysed.</summary>
    public required ScaleKey Scale { get; init; }

    /// <summary>
    /// Gets what the figures mean on degenerate data, or <see langword="null"/>: items never answered together (their
    /// correlation is unknown, psych stops with an error, and the correlation-based figures are left empty), or items
    /// with no answers (as in psych, left out of the correlations but counted in the total score's divisor).
    /// </summary>
    public string? Note { get; init; }

    /// <summary>Gets the number of rows, incomplete ones included (the N of the standard error and Feldt interval).</summary>
    public int RespondentCount { get; init; }

    /// <summary>Gets the number of items with variance that entered the covariance and correlation matrices.</summary>
    public int ItemCount { get; init; }

    /// <summary>Gets the keys of items left out of the matrices for zero variance; they still count in the total score.</summary>
    public EquatableArray<string> ZeroVarianceItems { get; init; }

    /// <summary>Gets the smallest answer used to reverse items.</summary>
    public double? ReverseMin { get; init; }

    /// <summary>Gets the largest answer used to reverse items.</summary>
    public double? ReverseMax { get; init; }

    /// <summary>Gets raw alpha, k/(k−1) · (1 − tr C / 1'C1).</summary>
    public double? RawAlpha { get; init; }

    /// <summary>Gets standardized alpha, k/(k−1) · (1 − k / 1'R1).</summary>
    public double? StandardizedAlpha { get; init; }

    /// <summary>Gets Guttman's lambda 6, 1 − (k − Σ smc) / 1'R1.</summary>
    public double? Lambda6 { get; init; }

    /// <summary>Gets the average inter-item correlation.</summary>
    public double? AverageR { get; init; }

    /// <summary>Gets the median inter-item correlation.</summary>
    public double? MedianR { get; init; }

    /// <summary>Gets the variance of the inter-item correlations.</summary>
    public double? VarianceR { get; init; }

    /// <summary>Gets the signal/noise ratio, k · r̄ / (1 − r̄).</summary>
    public double? SignalToNoise { get; init; }

    /// <summary>Gets the asymptotic standard error of raw alpha (psych's <c>ase</c>).</summary>
    public double? StandardError { get; init; }

    /// <summary>Gets the lower end of Feldt's 95% interval for raw alpha.</summary>
    public double? FeldtLower { get; init; }

    /// <summary>Gets the upper end of Feldt's 95% interval for raw alpha.</summary>
    public double? FeldtUpper { get; init; }

    /// <summary>Gets the mean over respondents of the total score (the mean of each respondent's keyed answers).</summary>
    public double? Mean { get; init; }

    /// <summary>Gets the standard deviation over respondents of the total score.</summary>
    public double? StandardDeviation { get; init; }

    /// <summary>Gets the statistics of each item with variance, in key order.</summary>
    public EquatableArray<AlphaItemStatistics> Items { get; init; }
}
