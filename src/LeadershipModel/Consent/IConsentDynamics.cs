namespace LeadershipModel.Consent;

/// <summary>
/// Decides the events of one step that no scenario fixed in advance: the levers the person's behaviour pulls, and
/// how the followers respond. Replace <see cref="DefaultConsentDynamics"/> to encode another theory.
/// </summary>
/// <remarks>
/// An implementation must be deterministic given its arguments, draw randomness only from
/// <see cref="ConsentDynamicsArguments.RandomFor"/>, and return events that are valid where they stand
/// (<see cref="ConsentLog"/>); the simulator reports an invalid one with the implementation's name.
/// </remarks>
public interface IConsentDynamics
{
    /// <summary>Decides the step's events.</summary>
    /// <param name="arguments">The step, the states before and after the scripted events, the behaviour and the random streams.</param>
    /// <returns>The events, all at <see cref="ConsentDynamicsArguments.Step"/>, in order.</returns>
    IReadOnlyList<ConsentEvent> Decide(ConsentDynamicsArguments arguments);
}
