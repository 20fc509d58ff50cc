namespace LeadershipModel.Consent;

/// <summary>The arguments of <see cref="IConsentDynamics.Decide"/>.</summary>
/// <remarks>This type is not thread-safe: its random streams advance as they are drawn from.</remarks>
public readonly struct ConsentDynamicsArguments
{
    private readonly SimulationRandom[] _streams;

    internal ConsentDynamicsArguments(int step, ConsentState previous, ConsentState current, ConsentBehaviour behaviour, SimulationRandom[] streams)
    {
        Step = step;
        Previous = previous;
        Current = current;
        Behaviour = behaviour;
        _streams = streams;
    }

    /// <summary>Gets the step being decided, at least 1.</summary>
    public int Step { get; }

    /// <summary>Gets the state at the end of the step before.</summary>
    public ConsentState Previous { get; }

    /// <summary>Gets the state at this step after the scenario's scripted events.</summary>
    public ConsentState Current { get; }

    /// <summary>Gets the person's behaviour at this step.</summary>
    public ConsentBehaviour Behaviour { get; }

    /// <summary>Gets the random stream of one follower: <see cref="SimulationRandom.ForStream"/> of the seed and the follower's index, so that one follower's draws never depend on another's.</summary>
    /// <param name="followerIndex">The follower's index in <see cref="ConsentState.Followers"/>.</param>
    /// <returns>The stream.</returns>
    public SimulationRandom RandomFor(int followerIndex) => _streams[followerIndex];
}
