namespace LeadershipModel.Scoring;

/// <summary>A person's result on one dimension: the position and the scales it came from.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DimensionScore
{
    /// <summary>Gets the dimension id.</summary>
    public required string DimensionId { get; init; }

    /// <summary>Gets the position: M, L, orientation, integration and quadrant, as far as they could be measured.</summary>
    public required DimensionPosition Position { get; init; }

    /// <summary>Gets the management pole's scale, or <see langword="null"/> when the instrument has none.</summary>
    public ScaleScore? Management { get; init; }

    /// <summary>Gets the leadership pole's scale, or <see langword="null"/> when the instrument has none.</summary>
    public ScaleScore? Leadership { get; init; }

    /// <summary>Gets the bipolar scale, or <see langword="null"/> when the instrument has none.</summary>
    public ScaleScore? Bipolar { get; init; }

    /// <summary>
    /// Gets a value indicating whether the quadrant is borderline: M or L lies within one standard error of
    /// measurement of the threshold. Always <see langword="false"/> when no reliability is known.
    /// </summary>
    public bool IsBorderline { get; init; }

    /// <summary>Gets a value indicating whether a pole rests on fewer than three items, which makes M or L weak.</summary>
    public bool IsWeak => (Management?.IsWeak ?? false) || (Leadership?.IsWeak ?? false);
}
