using System.Globalization;
using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>Runs a consent scenario step by step: scripted events, then the dynamics, folded into the state.</summary>
/// <remarks>
/// <para><b>Randomness.</b> Everything follows from the seed through <see cref="SimulationRandom"/>, with one stream
/// per follower (<see cref="SimulationRandom.ForStream"/> of the seed and the follower's index), as the response
/// simulator has one per person. The follower draws their initial grant spread first, then what the dynamics asks
/// for. The same scenario, seed and dynamics give the same result, byte for byte in every output, on every platform.</para>
/// <para>Follower ids are <c>F</c> and a number from 1, zero-padded to the width of the follower count
/// (<c>F1</c>…<c>F8</c>; <c>F01</c>…<c>F12</c>).</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ConsentSimulator
{
    /// <summary>Runs a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="dynamics">The dynamics; <see cref="DefaultConsentDynamics"/> with the scenario's parameters when <see langword="null"/>.</param>
    /// <param name="influence">The influence models; <see cref="ConsentInfluenceOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The simulation.</returns>
    /// <exception cref="ArgumentException">The scenario's script grants a role while one is held, or revokes one while none is.</exception>
    /// <exception cref="InvalidOperationException">The dynamics returned an event that cannot happen where it stands (named with the dynamics' type).</exception>
    public static ConsentSimulation Run(ConsentScenario scenario, ulong seed, IConsentDynamics? dynamics = null, ConsentInfluenceOptions? influence = null)
    {
        Preconditions.NotNull(scenario);
        if (scenario.ScriptProblem() is { } problem)
        {
            throw new ArgumentException($"Scripted event {problem.Index}: {problem.Message}", nameof(scenario));
        }

        dynamics ??= new DefaultConsentDynamics(scenario.Dynamics);
        var n = scenario.Followers;
        var streams = new SimulationRandom[n];
        var width = n.ToString(CultureInfo.InvariantCulture).Length;
        var followers = new ConsentFollowerState[n];
        for (var i = 0; i < n; i++)
        {
            streams[i] = SimulationRandom.ForStream(seed, (ulong)i);
            var g = scenario.Grant;
            var s = scenario.GrantSpread;
            var grant = new ConsentGrant(Spread(g.Expert, s, streams[i]), Spread(g.Informational, s, streams[i]), Spread(g.Referent, s, streams[i]));
            followers[i] = new ConsentFollowerState("F" + (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'), consenting: true, grant);
        }

        var initial = new ConsentState(0, scenario.Role, EquatableArray<ConsentFollowerState>.TakeOwnership(followers));
        var log = new List<ConsentEvent>();
        var steps = new ConsentStep[scenario.Steps + 1];
        steps[0] = Summarise(initial, [], influence);
        var state = initial;
        var script = 0;
        for (var t = 1; t <= scenario.Steps; t++)
        {
            var scripted = new List<ConsentEvent>();
            for (; script < scenario.Script.Count && scenario.Script[script].Step <= t; script++)
            {
                if (scenario.Script[script].Step == t)
                {
                    Expand(scenario.Script[script], t, state, scripted);
                }
            }

            var afterScript = Fold(state, scripted, t, log.Count, "the scenario's script");
            var decided = dynamics.Decide(new ConsentDynamicsArguments(t, state, afterScript, scenario.BehaviourAt(t), streams));
            var next = Fold(afterScript, decided, t, log.Count + scripted.Count, dynamics.GetType().Name);
            log.AddRange(scripted);
            log.AddRange(decided);
            steps[t] = Summarise(next, [.. scripted, .. decided], influence);
            state = next;
        }

        return new ConsentSimulation(scenario, seed, initial, [.. log], EquatableArray<ConsentStep>.TakeOwnership(steps));
    }

    private static double Spread(double value, double spread, SimulationRandom random)
    {
        var u = random.NextDouble();
        return spread == 0 ? value : Math.Clamp(value + (spread * ((2 * u) - 1)), 0, 1);
    }

    /// <summary>Turns a scripted event into log events against the state at the start of its step (the state after the step's earlier scripted events).</summary>
    private static void Expand(ConsentScriptedEvent e, int step, ConsentState state, List<ConsentEvent> into)
    {
        switch (e.Kind)
        {
            case ConsentEventKind.RoleGranted:
                into.Add(ConsentEvent.RoleGranted(step, e.Role!));
                break;
            case ConsentEventKind.RoleRevoked:
                into.Add(ConsentEvent.RoleRevoked(step));
                break;
            default:
                var withdraw = e.Kind == ConsentEventKind.ConsentWithdrawn;
                var count = (int)Math.Ceiling((e.Share * state.Followers.Count) - 1e-9);
                foreach (var f in state.Followers)
                {
                    var pending = into.Any(x => x.FollowerId == f.Id && x.Kind is ConsentEventKind.ConsentWithdrawn or ConsentEventKind.ConsentGranted);
                    if (count > 0 && f.Consenting == withdraw && !pending)
                    {
                        into.Add(ConsentEvent.ForFollower(step, e.Kind, f.Id));
                        count--;
                    }
                }

                break;
        }
    }

    private static ConsentState Fold(ConsentState state, IReadOnlyList<ConsentEvent> events, int step, int firstIndex, string source)
    {
        foreach (var e in events)
        {
            if (e.Step != step)
            {
                throw new InvalidOperationException($"{source} returned '{e.Name}' for step {e.Step} while deciding step {step}.");
            }
        }

        var result = ConsentLog.Apply(state, events, step, firstIndex);
        return result.IsValid
            ? result.State
            : throw new InvalidOperationException($"{source} returned an event that cannot happen: {string.Join("; ", result.Errors.Select(x => $"event {x.Index}: {x.Message}"))}");
    }

    private static ConsentStep Summarise(ConsentState state, ConsentEvent[] events, ConsentInfluenceOptions? options)
    {
        var influence = ConsentInfluence.Evaluate(state, options);
        var followers = new ConsentFollowerStep[state.Followers.Count];
        for (var i = 0; i < followers.Length; i++)
        {
            var id = state.Followers[i].Id;
            followers[i] = new ConsentFollowerStep(influence[i], events.Where(e => e.FollowerId is null || e.FollowerId == id).ToEquatableArray());
        }

        return new ConsentStep(state, EquatableArray<ConsentFollowerStep>.TakeOwnership(followers), ConsentTeamView.Of(influence));
    }
}
