using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>
/// A consent scenario: the team at the start (the role, the followers' grant), the person's behaviour in phases,
/// the events fixed in advance, and the parameters of the dynamics. Built in (<see cref="ConsentScenarios"/>) or read
/// from JSON (<c>consent-scenario.v1.schema.json</c>).
/// </summary>
/// <remarks>
/// <para>Every follower consents at step 0. Each follower's initial grant is <see cref="Grant"/> with every base moved
/// by a uniform draw in ±<see cref="GrantSpread"/> from the follower's own random stream, clamped to [0, 1].</para>
/// <para>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors: phases start at
/// strictly increasing steps.</para>
/// </remarks>
public sealed record ConsentScenario
{
    private readonly string _name = "custom";
    private readonly string _description = "A custom scenario.";
    private readonly int _followers = 8;
    private readonly int _steps = 24;
    private readonly ConsentGrant _grant = new(0.5, 0.5, 0.5);
    private readonly double _grantSpread;
    private readonly EquatableArray<ConsentPhase> _phases;
    private readonly EquatableArray<ConsentScriptedEvent> _script;
    private readonly ConsentDynamicsParameters _dynamics = ConsentDynamicsParameters.Default;

    /// <summary>Gets the scenario's name, a kebab-case id such as <c>withdrawal</c>.</summary>
    public string Name { get => _name; init => _name = Preconditions.KebabId(value, nameof(Name)); }

    /// <summary>Gets what the scenario shows, in a sentence or two.</summary>
    public string Description { get => _description; init => _description = Preconditions.NotBlank(value, nameof(Description)); }

    /// <summary>Gets the number of followers, 1 to 9,999; 8 by default.</summary>
    public int Followers { get => _followers; init => _followers = Preconditions.InRange(value, 1, 9999, nameof(Followers)); }

    /// <summary>Gets the number of steps after the initial state, 1 to 10,000; 24 by default.</summary>
    public int Steps { get => _steps; init => _steps = Preconditions.InRange(value, 1, 10000, nameof(Steps)); }

    /// <summary>Gets the role the organisation grants at step 0, or <see langword="null"/> for none.</summary>
    public ConsentRole? Role { get; init; }

    /// <summary>Gets the follower-conferred bases each follower grants at step 0, before the spread.</summary>
    public ConsentGrant Grant { get => _grant; init => _grant = Preconditions.NotNull(value, nameof(Grant)); }

    /// <summary>Gets how far each follower's initial grant may lie from <see cref="Grant"/>, in [0, 0.5]; 0 by default.</summary>
    public double GrantSpread { get => _grantSpread; init => _grantSpread = Preconditions.InRange(value, 0, 0.5, nameof(GrantSpread)); }

    /// <summary>Gets the phases of the person's behaviour, by their first step; before the first phase the person is <see cref="ConsentBehaviour.Passive"/>.</summary>
    public EquatableArray<ConsentPhase> Phases
    {
        get => _phases;
        init
        {
            for (var i = 0; i < value.Count; i++)
            {
                Preconditions.NotNull(value[i], nameof(Phases));
                if (i > 0 && value[i].FromStep <= value[i - 1].FromStep)
                {
                    throw new ArgumentException($"Phase {i} starts at step {value[i].FromStep}, not after phase {i - 1} (step {value[i - 1].FromStep}).", nameof(Phases));
                }
            }

            _phases = value;
        }
    }

    /// <summary>Gets the events fixed in advance, in step order.</summary>
    public EquatableArray<ConsentScriptedEvent> Script
    {
        get => _script;
        init
        {
            for (var i = 0; i < value.Count; i++)
            {
                Preconditions.NotNull(value[i], nameof(Script));
                if (i > 0 && value[i].Step < value[i - 1].Step)
                {
                    throw new ArgumentException($"Scripted event {i} at step {value[i].Step} comes before scripted event {i - 1} (step {value[i - 1].Step}).", nameof(Script));
                }
            }

            _script = value;
        }
    }

    /// <summary>Gets the parameters of the default dynamics.</summary>
    public ConsentDynamicsParameters Dynamics { get => _dynamics; init => _dynamics = Preconditions.NotNull(value, nameof(Dynamics)); }

    /// <summary>Finds the first scripted role event that cannot happen where it stands: <c>role-granted</c> while a role is held, or <c>role-revoked</c> while none is.</summary>
    /// <returns>The index in <see cref="Script"/> and the problem, or <see langword="null"/>.</returns>
    internal (int Index, string Message)? ScriptProblem()
    {
        var held = Role is not null;
        for (var i = 0; i < Script.Count; i++)
        {
            var e = Script[i];
            if (e.Kind == ConsentEventKind.RoleGranted && held)
            {
                return (i, $"'role-granted' at step {e.Step} while a role is already held.");
            }

            if (e.Kind == ConsentEventKind.RoleRevoked && !held)
            {
                return (i, $"'role-revoked' at step {e.Step} while no role is held.");
            }

            held = e.Kind switch
            {
                ConsentEventKind.RoleGranted => true,
                ConsentEventKind.RoleRevoked => false,
                _ => held,
            };
        }

        return null;
    }

    /// <summary>Gets the behaviour in force at a step: that of the last phase starting at or before it.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The behaviour.</returns>
    public ConsentBehaviour BehaviourAt(int step)
    {
        var behaviour = ConsentBehaviour.Passive;
        foreach (var phase in Phases)
        {
            if (phase.FromStep <= step)
            {
                behaviour = phase.Behaviour;
            }
        }

        return behaviour;
    }

    /// <summary>
    /// Starts the scenario from a measured authority profile, so that a person can ask what happens to their
    /// influence: the role becomes the profile's positional bases (none when none is measured above 0) and the grant
    /// its expert, informational and referent strengths (0 where not measured), with no spread. Scripted
    /// <c>role-granted</c> events keep their own role.
    /// </summary>
    /// <param name="profile">The measured profile.</param>
    /// <returns>The scenario, starting from the profile.</returns>
    public ConsentScenario StartingFrom(AuthorityProfile profile)
    {
        Preconditions.NotNull(profile);
        double Get(PowerBase b) => profile.GetStrength(b) ?? 0;
        var role = new ConsentRole(Get(PowerBase.Legitimate), Get(PowerBase.Reward), Get(PowerBase.Coercive));
        var hasRole = role.Legitimate > 0 || role.Reward > 0 || role.Coercive > 0;
        return this with
        {
            Role = hasRole ? role : null,
            Grant = new ConsentGrant(Get(PowerBase.Expert), Get(PowerBase.Informational), Get(PowerBase.Referent)),
            GrantSpread = 0,
        };
    }
}
