namespace LeadershipModel.Analysis;

/// <summary>Within-group agreement of the raters of one target on one item.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TargetAgreement
{
    /// <summary>Gets the target id.</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets the number of raters who answered the item.</summary>
    public int Raters { get; init; }

    /// <summary>Gets r_wg against a uniform null, or <see langword="null"/> with fewer than two raters. It can be negative; many authors truncate it at 0.</summary>
    public double? Rwg { get; init; }
}
