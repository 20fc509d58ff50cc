namespace LeadershipModel.Feedback;

/// <summary>The outcome of <see cref="RaterCheck.Check"/>: which sets may be used, and why the others may not.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RaterCheckResult
{
    /// <summary>Gets the positions of the accepted sets, ascending.</summary>
    public required EquatableArray<int> Accepted { get; init; }

    /// <summary>Gets one rejection per set not accepted, in input order.</summary>
    public required EquatableArray<RaterRejection> Rejections { get; init; }
}
