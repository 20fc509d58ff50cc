namespace LeadershipModel.Consent;

/// <summary>What a person's influence on one follower is at one step: the bases usable with that follower, the strength and the outcome.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ConsentFollowerInfluence
{
    internal ConsentFollowerInfluence(string followerId, bool consenting, EquatableArray<PowerBaseScore> bases, OutcomeShares outcome, bool heldByLeversOnly)
    {
        FollowerId = followerId;
        Consenting = consenting;
        Bases = bases;
        Outcome = outcome;
        HeldByLeversOnly = heldByLeversOnly;
    }

    /// <summary>Gets the follower's id.</summary>
    public string FollowerId { get; }

    /// <summary>Gets a value indicating whether the follower consents.</summary>
    public bool Consenting { get; }

    /// <summary>
    /// Gets all six bases in declaration order of <see cref="PowerBase"/>, with the strength the person can use with
    /// this follower: positional bases while the role lasts, follower-conferred bases while the follower consents (0 otherwise).
    /// </summary>
    public EquatableArray<PowerBaseScore> Bases { get; }

    /// <summary>Gets the influence strength in [0, 1] (equal to <see cref="OutcomeShares.Strength"/> of <see cref="Outcome"/>).</summary>
    public double Influence => Outcome.Strength;

    /// <summary>Gets the outcome: commitment, compliance, resistance and none, summing to 1.</summary>
    public OutcomeShares Outcome { get; }

    /// <summary>Gets a value indicating whether the follower does not consent but is kept by positional bases while a reward or a sanction is in use: the seed's "back in line".</summary>
    public bool HeldByLeversOnly { get; }
}
