namespace LeadershipModel.Teams;

/// <summary>One dimension across a unit: the spread of management and leadership strengths, and whether someone
/// covers each pole.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record UnitDimension
{
    /// <summary>Gets the dimension id.</summary>
    public required string DimensionId { get; init; }

    /// <summary>Gets the quartiles of the management strengths M, or <see langword="null"/> when nobody has one.</summary>
    public Quartiles? Management { get; init; }

    /// <summary>Gets the quartiles of the leadership strengths L, or <see langword="null"/> when nobody has one.</summary>
    public Quartiles? Leadership { get; init; }

    /// <summary>Gets a value indicating whether at least one person is high on M (at or above the threshold).</summary>
    public bool CoveredManagement { get; init; }

    /// <summary>Gets a value indicating whether at least one person is high on L.</summary>
    public bool CoveredLeadership { get; init; }
}
