using LeadershipModel.Reporting;

namespace LeadershipModel.Interactive;

/// <summary>Options of the notebook formatters: the dimensions that name a profile's dimension ids, the report options, and the decimals of reliability figures.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors, so a
/// <see langword="with"/> expression cannot make an invalid value.</remarks>
public sealed record LeadershipModelFormatterOptions
{
    private readonly DimensionSet _dimensions = DimensionSet.Canonical;
    private readonly ReportOptions _report = ReportOptions.Default;
    private readonly int _statisticsDecimals = 3;

    /// <summary>Gets the default options: the canonical dimensions, <see cref="ReportOptions.Default"/>, three decimals for reliability figures.</summary>
    public static LeadershipModelFormatterOptions Default { get; } = new();

    /// <summary>
    /// Gets the dimensions that name a displayed <see cref="Scoring.LeadershipProfile"/>'s dimension ids;
    /// <see cref="DimensionSet.Canonical"/> by default. Display a <see cref="LeadershipProfileView"/> to name a profile of another instrument.
    /// </summary>
    public DimensionSet Dimensions { get => _dimensions; init => _dimensions = value ?? throw new ArgumentNullException(nameof(Dimensions)); }

    /// <summary>Gets the options of the profile report (decimals, culture, chart, sections); <see cref="ReportOptions.Default"/> by default.</summary>
    public ReportOptions Report { get => _report; init => _report = value ?? throw new ArgumentNullException(nameof(Report)); }

    /// <summary>Gets the number of decimals of reliability figures (alpha, lambda 6, correlations), in [0, 6]; 3 by default.</summary>
    public int StatisticsDecimals
    {
        get => _statisticsDecimals;
        init => _statisticsDecimals = value is >= 0 and <= 6 ? value : throw new ArgumentOutOfRangeException(nameof(StatisticsDecimals), value, "The number of decimals must lie in [0, 6].");
    }
}
