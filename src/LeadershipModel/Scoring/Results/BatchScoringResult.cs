namespace LeadershipModel.Scoring;

/// <summary>The outcome of scoring a batch: every profile and every rejection; the counts add up.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record BatchScoringResult
{
    /// <summary>Gets the profiles, in input order.</summary>
    public required EquatableArray<LeadershipProfile> Profiles { get; init; }

    /// <summary>Gets the rejections, in input order.</summary>
    public required EquatableArray<Rejection> Rejections { get; init; }

    /// <summary>Gets the number of response sets given: always <c>Profiles.Count + Rejections.Count</c>.</summary>
    public int Total => Profiles.Count + Rejections.Count;
}
