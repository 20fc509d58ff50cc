namespace LeadershipModel.Scoring;

/// <summary>
/// The overall indices of a profile: the means over the dimensions that could be scored, the overall quadrant
/// and the profile type.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record OverallIndices
{
    /// <summary>Gets the management index: the mean of M over the dimensions where M was measured.</summary>
    public double? Management { get; init; }

    /// <summary>Gets the leadership index: the mean of L over the dimensions where L was measured.</summary>
    public double? Leadership { get; init; }

    /// <summary>Gets the mean orientation over the dimensions that have one.</summary>
    public double? Orientation { get; init; }

    /// <summary>Gets the mean integration over the dimensions that have one; <see langword="null"/> for a bipolar-only instrument.</summary>
    public double? Integration { get; init; }

    /// <summary>Gets the quadrant of the overall management and leadership indices against the threshold.</summary>
    public Quadrant? Quadrant { get; init; }

    /// <summary>Gets the profile type from the classifier (by default the quadrant's name), or <see langword="null"/>.</summary>
    public string? ProfileType { get; init; }

    /// <summary>Gets the number of dimensions with at least one score.</summary>
    public required int DimensionsScored { get; init; }
}
