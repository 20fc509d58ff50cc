namespace LeadershipModel.Change;

/// <summary>A respondent and target present at only one administration: listed, never dropped silently.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record UnmatchedRating
{
    /// <summary>Gets the respondent id.</summary>
    public required string RespondentId { get; init; }

    /// <summary>Gets the target id.</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets the administration the rating is present in.</summary>
    public required ChangeWave PresentIn { get; init; }
}
