using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Sections;

/// <summary>What an <see cref="IReportSection"/> is given to build its content; new members may be added without breaking sections.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly struct ReportSectionContext
{
    internal ReportSectionContext(LeadershipProfile profile, DimensionSet dimensions, ReportOptions options)
    {
        Profile = profile;
        Dimensions = dimensions;
        Options = options;
    }

    /// <summary>Gets the profile being reported.</summary>
    public LeadershipProfile Profile { get; }

    /// <summary>Gets the dimensions that name the profile's dimension ids.</summary>
    public DimensionSet Dimensions { get; }

    /// <summary>Gets the report options (culture and decimals for numbers a section formats itself).</summary>
    public ReportOptions Options { get; }
}
