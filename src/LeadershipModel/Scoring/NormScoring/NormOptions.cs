using LeadershipModel.Internal;
using LeadershipModel.Norms;

namespace LeadershipModel.Scoring;

/// <summary>Options of the norms step.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record NormOptions
{
    private readonly NormTable _table = null!;

    /// <summary>Gets the norm table to compare with.</summary>
    public required NormTable Table { get => _table; init => _table = Preconditions.NotNull(value, nameof(Table)); }
}
