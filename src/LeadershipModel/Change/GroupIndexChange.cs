namespace LeadershipModel.Change;

/// <summary>The change of one index in a published group of raters: the difference of the group's means, never a
/// rater's own change, and without a reliable change index (which applies to individual scores only).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record GroupIndexChange
{
    /// <summary>Gets the index id.</summary>
    public required string IndexId { get; init; }

    /// <summary>Gets the group's mean at the first administration, or <see langword="null"/> when withheld.</summary>
    public double? Pre { get; init; }

    /// <summary>Gets the group's mean at the second administration, or <see langword="null"/> when withheld.</summary>
    public double? Post { get; init; }

    /// <summary>Gets <c>post − pre</c>, or <see langword="null"/> without both means.</summary>
    public double? Difference { get; init; }
}
