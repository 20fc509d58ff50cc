using CsCheck;
using LeadershipModel.Consent;

namespace LeadershipModel.Tests.Consent;

/// <summary>Random scenarios, follower states and base vectors for the property tests.</summary>
internal static class ConsentGenerators
{
    private static readonly Gen<ConsentLeverUse> Lever = Gen.Int[0, 2].Select(i => (ConsentLeverUse)i);

    public static readonly Gen<ConsentRole> Role = Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 1], (l, r, c) => new ConsentRole(l, r, c));

    public static readonly Gen<ConsentGrant> Grant = Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 1], (e, i, r) => new ConsentGrant(e, i, r));

    public static readonly Gen<ConsentBehaviour> Behaviour = Gen.Select(Lever, Lever, Gen.Double[0, 1], Gen.Double[0, 1],
        (carrot, stick, expertise, care) => new ConsentBehaviour { Carrot = carrot, Stick = stick, ShowExpertise = expertise, Care = care });

    /// <summary>A scenario with random phases and a script whose role events alternate validly.</summary>
    public static readonly Gen<ConsentScenario> Scenario =
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 30], Role.Null(), Grant, Gen.Double[0, 0.5], Gen.Int[0, 40])
        .SelectMany(t => Gen.Select(
            Gen.Select(Gen.Int[1, 30], Behaviour).List[0, 4],
            Gen.Select(Gen.Int[1, 30], Gen.Int[0, 3], Gen.Double[0.05, 1], Role).List[0, 5],
            (phases, script) => Build(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, phases, script)));

    public static readonly Gen<ulong> Seed = Gen.ULong;

    private static ConsentScenario Build(int followers, int steps, ConsentRole? role, ConsentGrant grant, double spread, int budget,
        List<(int Step, ConsentBehaviour Behaviour)> phases, List<(int Step, int Kind, double Share, ConsentRole Role)> script)
    {
        var orderedPhases = phases.GroupBy(p => p.Step).Select(g => g.First()).OrderBy(p => p.Step).Select(p => new ConsentPhase(p.Step, p.Behaviour));
        var events = new List<ConsentScriptedEvent>();
        var held = role is not null;
        foreach (var (step, kind, share, r) in script.OrderBy(s => s.Step))
        {
            switch (kind)
            {
                case 0:
                    events.Add(held ? new ConsentScriptedEvent(step, ConsentEventKind.RoleRevoked) : new ConsentScriptedEvent(step, ConsentEventKind.RoleGranted, r));
                    held = !held;
                    break;
                case 1:
                    events.Add(new ConsentScriptedEvent(step, ConsentEventKind.ConsentWithdrawn, share: share));
                    break;
                default:
                    events.Add(new ConsentScriptedEvent(step, ConsentEventKind.ConsentGranted, share: share));
                    break;
            }
        }

        return new ConsentScenario
        {
            Name = "random",
            Followers = followers,
            Steps = steps,
            Role = role,
            Grant = grant,
            GrantSpread = spread,
            Phases = [.. orderedPhases],
            Script = [.. events],
            Dynamics = new ConsentDynamicsParameters { RewardBudget = budget, WithdrawalSlope = 0.6, RegainBase = 0.3 },
        };
    }
}
