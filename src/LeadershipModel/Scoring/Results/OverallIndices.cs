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

    // Not readonly only so that the engine can name the type of indices it has just made and no one else has seen
    // (see NameUnpublished); to everyone else the value is as immutable as the rest.
    private string? _profileType;

    /// <summary>Gets the profile type from the classifier (by default the quadrant's name), or <see langword="null"/>.</summary>
    public string? ProfileType { get => _profileType; init => _profileType = value; }

    /// <summary>Gets the number of dimensions with at least one score.</summary>
    public required int DimensionsScored { get; init; }

    /// <summary>
    /// Sets the profile type on indices that have not been handed to anyone yet (the engine's, between the derived
    /// indices and the built-in classifier), sparing a copy; anything that may have been seen gets a copy with
    /// <see langword="with"/> instead.
    /// </summary>
    /// <param name="profileType">The profile type.</param>
    /// <returns>These indices.</returns>
    internal OverallIndices NameUnpublished(string profileType)
    {
        _profileType = profileType;
        return this;
    }
}
