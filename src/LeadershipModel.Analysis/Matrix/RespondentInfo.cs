using LeadershipModel.Analysis.Internal;
using LeadershipModel.Internal;

namespace LeadershipModel.Analysis.Matrix;

/// <summary>Who gave one row of answers, about whom, in which role, and the row's grouping values.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RespondentInfo
{
    private readonly string _respondentId = "";
    private readonly string? _targetId;
    private readonly RaterRole _role;
    private readonly EquatableArray<string?> _groups;

    /// <summary>Gets the id of the person who answered.</summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public required string RespondentId { get => _respondentId; init => _respondentId = Preconditions.NotBlank(value, nameof(RespondentId)); }

    /// <summary>Gets the id of the person rated; defaults to <see cref="RespondentId"/> (a self-rating).</summary>
    public string TargetId { get => _targetId ?? _respondentId; init => _targetId = string.IsNullOrWhiteSpace(value) ? null : value; }

    /// <summary>Gets the rater's role; defaults to <see cref="RaterRole.Self"/>.</summary>
    public RaterRole Role { get => _role; init => _role = Preconditions.Defined(value, nameof(Role)); }

    /// <summary>Gets the values of the matrix's grouping columns, in the order of <see cref="ResponseMatrix.GroupingColumns"/>; <see langword="null"/> marks a missing value.</summary>
    public EquatableArray<string?> Groups { get => _groups; init => _groups = value; }
}
