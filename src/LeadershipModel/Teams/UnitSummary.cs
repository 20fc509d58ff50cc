namespace LeadershipModel.Teams;

/// <summary>A unit (team, department) shown as a mixture: its quadrant composition, profile types, the spread of
/// each dimension, coverage, and the follower-conferred share of authority.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record UnitSummary
{
    /// <summary>Gets the unit's name.</summary>
    public required string Unit { get; init; }

    /// <summary>Gets the number of people in the unit.</summary>
    public required int People { get; init; }

    /// <summary>Gets the composition by overall quadrant.</summary>
    public required QuadrantCounts Quadrants { get; init; }

    /// <summary>Gets the number of people of each profile type (the classifier's names), by type in ordinal order.</summary>
    public EquatableArray<ProfileTypeCount> ProfileTypes { get; init; }

    /// <summary>Gets each dimension, in the instrument's order.</summary>
    public required EquatableArray<UnitDimension> Dimensions { get; init; }

    /// <summary>Gets the quartiles of the follower-conferred share, or <see langword="null"/> when nobody has one.</summary>
    public Quartiles? FollowerConferredShare { get; init; }
}
