namespace LeadershipModel.Teams;

/// <summary>A unit not shown, with its reason (fewer people than the minimum unit size).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record WithheldUnit
{
    /// <summary>Gets the unit's name.</summary>
    public required string Unit { get; init; }

    /// <summary>Gets the number of people in the unit.</summary>
    public required int People { get; init; }

    /// <summary>Gets why the unit is withheld.</summary>
    public required string Reason { get; init; }
}
