using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>A phase of a scenario: from a step on, the person behaves in one way (until the next phase).</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record ConsentPhase
{
    private readonly int _fromStep;
    private readonly ConsentBehaviour _behaviour = ConsentBehaviour.Passive;

    /// <summary>Initializes a new phase.</summary>
    /// <param name="fromStep">The first step of the phase, at least 1.</param>
    /// <param name="behaviour">The behaviour.</param>
    [SetsRequiredMembers]
    public ConsentPhase(int fromStep, ConsentBehaviour behaviour)
    {
        FromStep = fromStep;
        Behaviour = behaviour;
    }

    /// <summary>Gets the first step of the phase, at least 1.</summary>
    public required int FromStep { get => _fromStep; init => _fromStep = Preconditions.InRange(value, 1, int.MaxValue, nameof(FromStep)); }

    /// <summary>Gets the behaviour.</summary>
    public required ConsentBehaviour Behaviour { get => _behaviour; init => _behaviour = Preconditions.NotNull(value, nameof(Behaviour)); }
}
