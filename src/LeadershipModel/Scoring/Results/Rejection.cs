using LeadershipModel.Responses;

namespace LeadershipModel.Scoring;

/// <summary>A response set that could not be scored, with every reason.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Rejection
{
    /// <summary>Gets the zero-based position of the set in its batch or stream.</summary>
    public required long Index { get; init; }

    /// <summary>Gets the respondent id, or <see langword="null"/> when the set had none.</summary>
    public string? RespondentId { get; init; }

    /// <summary>Gets the target id, or <see langword="null"/>.</summary>
    public string? TargetId { get; init; }

    /// <summary>Gets the rater role.</summary>
    public RaterRole Role { get; init; }

    /// <summary>Gets the instrument id the set named.</summary>
    public string? InstrumentId { get; init; }

    /// <summary>Gets every reason; at least one.</summary>
    public required EquatableArray<RejectionReason> Reasons { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"#{Index} ({RespondentId}): {string.Join("; ", Reasons)}";
}
