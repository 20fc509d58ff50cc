using LeadershipModel.Scoring;

namespace LeadershipModel.Interactive;

/// <summary>
/// A profile to display with the dimensions of its own instrument, for a profile whose dimension ids are not the
/// canonical ones: end a notebook cell with <c>new LeadershipProfileView(profile, instrument.Dimensions)</c>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record LeadershipProfileView
{
    /// <summary>Initializes a new instance of the <see cref="LeadershipProfileView"/> class.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="dimensions">The dimensions that name the profile's dimension ids.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public LeadershipProfileView(LeadershipProfile profile, DimensionSet dimensions)
    {
        Profile = profile;
        Dimensions = dimensions;
    }

    /// <summary>Gets the profile.</summary>
    public LeadershipProfile Profile { get; init => field = value ?? throw new ArgumentNullException(nameof(Profile)); }

    /// <summary>Gets the dimensions that name the profile's dimension ids.</summary>
    public DimensionSet Dimensions { get; init => field = value ?? throw new ArgumentNullException(nameof(Dimensions)); }
}
