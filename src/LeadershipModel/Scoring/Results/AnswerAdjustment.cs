namespace LeadershipModel.Scoring;

/// <summary>An answer that the answer-validation policy treated as missing or clamped instead of rejecting the set.</summary>
/// <param name="ItemId">The item id as given.</param>
/// <param name="Original">The answer as given.</param>
/// <param name="Adjusted">The answer used, or <see langword="null"/> when treated as missing.</param>
/// <param name="Reason">The rejection code the answer would have had (see <see cref="RejectionCodes"/>).</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AnswerAdjustment(string ItemId, double? Original, double? Adjusted, string Reason);
