namespace LeadershipModel.Consent;

/// <summary>The result of <see cref="ConsentSimulator.Run"/>: every step from the initial state, and the whole event log.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ConsentSimulation
{
    internal ConsentSimulation(ConsentScenario scenario, ulong seed, ConsentState initial, EquatableArray<ConsentEvent> events, EquatableArray<ConsentStep> steps)
    {
        Scenario = scenario;
        Seed = seed;
        Initial = initial;
        Events = events;
        Steps = steps;
    }

    /// <summary>Gets the scenario simulated.</summary>
    public ConsentScenario Scenario { get; }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the number of followers.</summary>
    public int FollowerCount => Initial.Followers.Count;

    /// <summary>Gets the initial state (step 0); folding <see cref="Events"/> over it gives the last step's state.</summary>
    public ConsentState Initial { get; }

    /// <summary>Gets the whole event log, in order.</summary>
    public EquatableArray<ConsentEvent> Events { get; }

    /// <summary>Gets the steps: <see cref="ConsentScenario.Steps"/> + 1 entries, step 0 (the initial state, no events) first.</summary>
    public EquatableArray<ConsentStep> Steps { get; }
}
