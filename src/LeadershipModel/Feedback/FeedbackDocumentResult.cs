using LeadershipModel.Scoring;

namespace LeadershipModel.Feedback;

/// <summary>What <see cref="FeedbackDocumentBuilder.Build"/> made, and every response set it could not use with the reason.</summary>
/// <remarks>
/// <para>Sets given = sets used + <see cref="RaterRejections"/> + <see cref="ScoringRejections"/>. Both rejection lists
/// name positions in the input and respondent ids: they are for the analyst, never for the person rated.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FeedbackDocumentResult
{
    /// <summary>Gets the document.</summary>
    public required FeedbackDocument Document { get; init; }

    /// <summary>Gets the sets that broke a rater rule (see <see cref="RaterCheck"/>).</summary>
    public required EquatableArray<RaterRejection> RaterRejections { get; init; }

    /// <summary>Gets the sets the engine could not score; <see cref="Rejection.Index"/> is the position in the input.</summary>
    public required EquatableArray<Rejection> ScoringRejections { get; init; }
}
