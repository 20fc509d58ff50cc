namespace LeadershipModel.Consent;

/// <summary>One step of a simulation: the state, every follower, and the team.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ConsentStep
{
    internal ConsentStep(ConsentState state, EquatableArray<ConsentFollowerStep> followers, ConsentTeamView team)
    {
        State = state;
        Followers = followers;
        Team = team;
    }

    /// <summary>Gets the step: 0 is the initial state.</summary>
    public int Step => State.Step;

    /// <summary>Gets the state at the end of the step.</summary>
    public ConsentState State { get; }

    /// <summary>Gets every follower, in order.</summary>
    public EquatableArray<ConsentFollowerStep> Followers { get; }

    /// <summary>Gets the team view.</summary>
    public ConsentTeamView Team { get; }
}
