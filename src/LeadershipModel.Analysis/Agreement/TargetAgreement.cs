namespace LeadershipModel.Analysis.Agreement;

/// <summary>Within-group agreement of the raters of one target on one item.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TargetAgreement
{
    /// <summary>Gets the target id.</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets the number of raters who answered the item (for r_wg(j), the raters who answered every item).</summary>
    public int Raters { get; init; }

    /// <summary>Gets r_wg (or r_wg(j)) against a uniform null with the observed variance capped at the null's, in [0, 1]
    /// as <c>multilevel</c> computes it; <see langword="null"/> with fewer than two raters.</summary>
    public double? Rwg { get; init; }

    /// <summary>Gets the same figure without the cap; negative when raters disagree more than the uniform null expects.</summary>
    public double? RwgUncapped { get; init; }
}
