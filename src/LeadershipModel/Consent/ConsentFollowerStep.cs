namespace LeadershipModel.Consent;

/// <summary>One follower at one step of a simulation: the influence on them and the events that concerned them.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ConsentFollowerStep
{
    internal ConsentFollowerStep(ConsentFollowerInfluence influence, EquatableArray<ConsentEvent> events)
    {
        Influence = influence;
        Events = events;
    }

    /// <summary>Gets the follower's id.</summary>
    public string FollowerId => Influence.FollowerId;

    /// <summary>Gets the bases, strength and outcome.</summary>
    public ConsentFollowerInfluence Influence { get; }

    /// <summary>Gets the follower's events at this step, in order; <c>role-granted</c> and <c>role-revoked</c> appear under every follower.</summary>
    public EquatableArray<ConsentEvent> Events { get; }
}
