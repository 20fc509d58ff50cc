namespace LeadershipModel.Change;

/// <summary>One person's change between two administrations: the same respondent rating the same target twice.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PersonChange
{
    /// <summary>Gets the respondent id.</summary>
    public required string RespondentId { get; init; }

    /// <summary>Gets the target id.</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets the change of every index either administration scored, in the order the profile lists them.</summary>
    public required EquatableArray<IndexChange> Indices { get; init; }
}
