namespace LeadershipModel.Scoring;

/// <summary>Progress of a streamed scoring run.</summary>
/// <param name="Processed">Response sets processed so far.</param>
/// <param name="Scored">Of those, scored.</param>
/// <param name="Rejected">Of those, rejected.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly record struct ScoringProgress(long Processed, long Scored, long Rejected);
