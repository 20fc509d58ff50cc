namespace LeadershipModel.Change;

/// <summary>The change of one target's published rater group (360 data), under the feedback anonymity rules.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record GroupChange
{
    /// <summary>Gets the target id.</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets the group: <c>manager</c>, <c>peer</c>, <c>direct-report</c>, <c>other</c>, <c>others-combined</c> or <c>all-others</c>.</summary>
    public required string Group { get; init; }

    /// <summary>Gets the number of distinct raters behind the first administration's figures.</summary>
    public required int RatersPre { get; init; }

    /// <summary>Gets the number of distinct raters behind the second administration's figures.</summary>
    public required int RatersPost { get; init; }

    /// <summary>Gets the change of each index the group publishes at either time.</summary>
    public required EquatableArray<GroupIndexChange> Indices { get; init; }
}
