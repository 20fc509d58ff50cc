using System.Diagnostics.CodeAnalysis;

namespace LeadershipModel.Scoring;

/// <summary>The outcome of scoring one response set: a profile or a rejection, never both.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ScoringResult
{
    private ScoringResult(long index, LeadershipProfile? profile, Rejection? rejection)
    {
        Index = index;
        Profile = profile;
        Rejection = rejection;
    }

    /// <summary>Gets the zero-based position of the set in its batch or stream.</summary>
    public long Index { get; }

    /// <summary>Gets the profile, when scored.</summary>
    public LeadershipProfile? Profile { get; }

    /// <summary>Gets the rejection, when not scored.</summary>
    public Rejection? Rejection { get; }

    /// <summary>Gets a value indicating whether the set was scored.</summary>
    [MemberNotNullWhen(true, nameof(Profile))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsScored => Profile is not null;

    /// <summary>Creates a scored result.</summary>
    /// <param name="index">The position.</param>
    /// <param name="profile">The profile.</param>
    /// <returns>The result.</returns>
    public static ScoringResult Scored(long index, LeadershipProfile profile) => new(index, Internal.Preconditions.NotNull(profile), null);

    /// <summary>Creates a rejected result.</summary>
    /// <param name="rejection">The rejection.</param>
    /// <returns>The result.</returns>
    public static ScoringResult Rejected(Rejection rejection) => new(Internal.Preconditions.NotNull(rejection).Index, null, rejection);
}
