namespace LeadershipModel.Feedback;

/// <summary>The gap between the target's self-rating and others' mean on one index, and what it means.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SelfOtherGap
{
    /// <summary>Gets the index id, such as <c>control-influence/leadership</c>.</summary>
    public required string IndexId { get; init; }

    /// <summary>Gets the self score (the mean when the target answered more than once).</summary>
    public required double Self { get; init; }

    /// <summary>Gets the mean of the comparison group.</summary>
    public required double Others { get; init; }

    /// <summary>Gets the number of raters in the comparison group with a score on the index.</summary>
    public required int OthersCount { get; init; }

    /// <summary>Gets self minus others.</summary>
    public double Gap => Self - Others;

    /// <summary>Gets the margin within which self and others agree.</summary>
    public required double Margin { get; init; }

    /// <summary>Gets the agreement category: over- or under-estimator beyond the margin, else in agreement high or low.</summary>
    public required SelfOtherAgreement Agreement { get; init; }
}
