namespace LeadershipModel.Teams;

/// <summary>
/// Team and unit roll-ups: for each unit, its mixture of managers, leaders, integrators and disengaged people,
/// the spread of every dimension, whether each pole is covered by someone ("we need a mixture of both"), and the
/// follower-conferred share of authority.
/// </summary>
/// <remarks>
/// <para><b>Why a minimum unit size.</b> A unit's quartiles and counts describe few people: in a unit of two, the
/// median is one of them and the coverage flags say who is high. A unit with fewer people than
/// <see cref="MinimumUnitSize"/> is withheld with its reason, so that a roll-up does not become a list of
/// individual profiles.</para>
/// <para>The analysis package builds it (<c>UnitRollup.Build</c>); <see cref="Serialization.JsonFormats.UnitReport"/> writes it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record UnitReport
{
    /// <summary>Gets the smallest unit shown.</summary>
    public required int MinimumUnitSize { get; init; }

    /// <summary>Gets whose view of each person counts.</summary>
    public required UnitPerspective Perspective { get; init; }

    /// <summary>Gets the threshold at or above which a strength is high, for quadrants and coverage.</summary>
    public double HighThreshold { get; init; } = 0.5;

    /// <summary>Gets the units shown, in order of first appearance.</summary>
    public required EquatableArray<UnitSummary> Units { get; init; }

    /// <summary>Gets the units withheld, with their reasons.</summary>
    public EquatableArray<WithheldUnit> Withheld { get; init; }
}
