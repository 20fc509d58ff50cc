namespace LeadershipModel.Change;

/// <summary>
/// Change between two administrations of an instrument: each person's reliable change per index (Jacobson &amp;
/// Truax 1991), each 360 target's published rater groups, the ratings present at one time only, and the whole
/// sample's paired comparison per index.
/// </summary>
/// <remarks>
/// <para>The analysis package computes it (<c>ReliableChange.Compare</c>); <see cref="Serialization.JsonFormats.ChangeReport"/>
/// writes it (<see cref="Serialization.JsonSchemas.Change"/>). Ids are data: escaping them is the renderer's job.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ChangeReport
{
    /// <summary>Gets where the reliabilities came from, in words (such as <c>norm table company-2026</c>).</summary>
    public required string ReliabilitySource { get; init; }

    /// <summary>Gets the critical |RCI|, 1.96 by default.</summary>
    public required double Z { get; init; }

    /// <summary>Gets the people rated at both times, in the order of the first administration.</summary>
    public required EquatableArray<PersonChange> People { get; init; }

    /// <summary>Gets the published rater groups of each 360 target.</summary>
    public EquatableArray<GroupChange> Groups { get; init; }

    /// <summary>Gets the ratings present at one time only.</summary>
    public EquatableArray<UnmatchedRating> Unmatched { get; init; }

    /// <summary>Gets the whole sample's change per index.</summary>
    public EquatableArray<ChangeSummary> Summary { get; init; }
}
