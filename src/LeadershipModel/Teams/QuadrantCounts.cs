namespace LeadershipModel.Teams;

/// <summary>How many people of a unit fall in each quadrant of their overall profile.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record QuadrantCounts
{
    /// <summary>Gets the number of managers (M high, L low).</summary>
    public int Manager { get; init; }

    /// <summary>Gets the number of leaders (L high, M low).</summary>
    public int Leader { get; init; }

    /// <summary>Gets the number of integrators (both high).</summary>
    public int Integrator { get; init; }

    /// <summary>Gets the number of disengaged people (both low).</summary>
    public int Disengaged { get; init; }

    /// <summary>Gets the number of people whose overall quadrant could not be classified.</summary>
    public int Unclassified { get; init; }
}
