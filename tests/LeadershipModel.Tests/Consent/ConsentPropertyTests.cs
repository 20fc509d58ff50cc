using CsCheck;
using LeadershipModel.Consent;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Consent;

/// <summary>The properties issue 11 asks for, over random scenarios, seeds, states and bases.</summary>
public sealed class ConsentPropertyTests
{
    private const int FollowerConferredFrom = (int)PowerBase.Expert;

    private static readonly Gen<(ConsentScenario Scenario, ulong Seed)> Runs = Gen.Select(ConsentGenerators.Scenario, ConsentGenerators.Seed);

    [Fact]
    public void AfterWithdrawal_FollowerConferredBasesAreZero_UntilConsentIsGranted() =>
        Runs.Sample(run =>
        {
            var simulation = ConsentSimulator.Run(run.Scenario, run.Seed);
            for (var f = 0; f < simulation.FollowerCount; f++)
            {
                var consenting = true;
                foreach (var step in simulation.Steps)
                {
                    var follower = step.Followers[f];
                    foreach (var e in follower.Events)
                    {
                        consenting = e.Kind switch
                        {
                            ConsentEventKind.ConsentWithdrawn => false,
                            ConsentEventKind.ConsentGranted => true,
                            _ => consenting,
                        };
                    }

                    if (follower.Influence.Consenting != consenting)
                    {
                        return false;
                    }

                    var bases = follower.Influence.Bases;
                    if (!consenting && bases.Skip(FollowerConferredFrom).Any(b => b.Strength != 0))
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Fact]
    public void PositionalBases_ChangeOnlyAtRoleEvents() =>
        Runs.Sample(run =>
        {
            var simulation = ConsentSimulator.Run(run.Scenario, run.Seed);
            for (var t = 1; t < simulation.Steps.Count; t++)
            {
                for (var f = 0; f < simulation.FollowerCount; f++)
                {
                    var before = simulation.Steps[t - 1].Followers[f].Influence.Bases.Take(FollowerConferredFrom).Select(b => b.Strength);
                    var now = simulation.Steps[t].Followers[f];
                    var roleEvent = now.Events.Any(e => ConsentEventKinds.IsRoleEvent(e.Kind));
                    if (!roleEvent && !before.SequenceEqual(now.Influence.Bases.Take(FollowerConferredFrom).Select(b => b.Strength)))
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Fact]
    public void Carrot_NeverLowersCompliance_Stick_NeverLowersResistance() =>
        Gen.Select(ConsentGenerators.Role, ConsentGenerators.Grant, Gen.Bool, Gen.Bool).Sample((role, grant, consenting, otherLever) =>
        {
            var follower = new ConsentFollowerState("F1", consenting, grant);
            var plain = ConsentInfluence.EvaluateFollower(role, follower with { SanctionActive = otherLever }).Outcome;
            var carrot = ConsentInfluence.EvaluateFollower(role, follower with { SanctionActive = otherLever, RewardActive = true }).Outcome;
            var plainStick = ConsentInfluence.EvaluateFollower(role, follower with { RewardActive = otherLever }).Outcome;
            var stick = ConsentInfluence.EvaluateFollower(role, follower with { RewardActive = otherLever, SanctionActive = true }).Outcome;
            return carrot.Compliance >= plain.Compliance - 1e-12
                && stick.Resistance >= plainStick.Resistance - 1e-12
                && carrot.None == plain.None && stick.None == plainStick.None;
        });

    [Fact]
    public void Strength_IsHomogeneousOfDegreeOne() =>
        Gen.Select(Gen.Double[0, 1].Array[6], Gen.Double[0, 1]).Sample((strengths, lambda) =>
        {
            var s = MeanInfluenceStrengthModel.Instance.Strength(Bases(strengths));
            var scaled = MeanInfluenceStrengthModel.Instance.Strength(Bases(strengths.Select(x => x * lambda).ToArray()));
            return Math.Abs(scaled - (lambda * s)) < 1e-12;
        });

    [Fact]
    public void Strength_IsMonotoneInEveryBase() =>
        Gen.Select(Gen.Double[0, 1].Array[6], Gen.Int[0, 5], Gen.Double[0, 1]).Sample((strengths, index, raise) =>
        {
            var higher = (double[])strengths.Clone();
            higher[index] = Math.Max(higher[index], raise);
            return MeanInfluenceStrengthModel.Instance.Strength(Bases(higher)) >= MeanInfluenceStrengthModel.Instance.Strength(Bases(strengths));
        });

    [Fact]
    public void Strength_IsZeroExactlyWhenEveryBaseIsZero_ThenNoneIsOne() =>
        Gen.Select(Gen.Double[0, 1].Array[6], Gen.Int[0, 63]).Sample((strengths, zeroMask) =>
        {
            var values = strengths.Select((x, i) => (zeroMask & (1 << i)) != 0 ? 0 : x).ToArray();
            var role = new ConsentRole(values[0], values[1], values[2]);
            var follower = new ConsentFollowerState("F1", true, new ConsentGrant(values[3], values[4], values[5]));
            var outcome = ConsentInfluence.EvaluateFollower(role, follower).Outcome;
            var allZero = values.All(x => x == 0);
            return (outcome.Strength == 0) == allZero && (!allZero || (outcome.None == 1 && outcome.Commitment == 0 && outcome.Compliance == 0 && outcome.Resistance == 0));
        });

    [Fact]
    public void Outcome_SharesSumToOne_AndNoneIsOneMinusStrength() =>
        Runs.Sample(run => ConsentSimulator.Run(run.Scenario, run.Seed).Steps.SelectMany(s => s.Followers.Select(f => f.Influence.Outcome).Append(s.Team.Outcome))
            .All(o => Math.Abs(o.Commitment + o.Compliance + o.Resistance + o.None - 1) < 1e-12 && Math.Abs(o.None - (1 - o.Strength)) < 1e-12));

    [Fact]
    public void ReplayingTheLog_EqualsTheFoldedStateAtEveryStep() =>
        Runs.Sample(run =>
        {
            var simulation = ConsentSimulator.Run(run.Scenario, run.Seed);
            return simulation.Steps.All(step => ConsentLog.Replay(simulation.Initial, simulation.Events, step.Step).State == step.State)
                && ConsentLog.Fold(simulation.Initial, simulation.Events).State == simulation.Steps[simulation.Events.Count == 0 ? 0 : simulation.Events[^1].Step].State;
        });

    [Fact]
    public void SameSeed_SameBytes_OtherSeed_OtherBytes() =>
        Runs.Sample(run =>
        {
            var scenario = run.Scenario with { Followers = Math.Max(4, run.Scenario.Followers), Steps = Math.Max(10, run.Scenario.Steps), GrantSpread = 0.2 };
            var a = JsonFormats.ConsentSimulation.Write(ConsentSimulator.Run(scenario, run.Seed));
            var b = JsonFormats.ConsentSimulation.Write(ConsentSimulator.Run(scenario, run.Seed));
            var c = JsonFormats.ConsentSimulation.Write(ConsentSimulator.Run(scenario, run.Seed + 1));
            return a == b && a != c;
        }, iter: 30);

    [Fact]
    public void InvalidEventAppendedToAValidLog_IsReportedWithItsIndex() =>
        Runs.Sample(run =>
        {
            var simulation = ConsentSimulator.Run(run.Scenario, run.Seed);
            var last = simulation.Steps[^1].State;
            var step = last.Step + 1;
            var f = last.Followers[0];
            var (invalid, code) = last.Role is null
                ? (ConsentEvent.ForFollower(step, ConsentEventKind.RewardOffered, f.Id), ConsentLogErrorCodes.CarrotWithoutRole)
                : (ConsentEvent.RoleGranted(step, new ConsentRole(1, 1, 1)), ConsentLogErrorCodes.RoleAlreadyGranted);
            var result = ConsentLog.Fold(simulation.Initial, [.. simulation.Events, invalid]);
            return !result.IsValid && result.Errors.Count == 1 && result.Errors[0].Index == simulation.Events.Count && result.Errors[0].Code == code;
        });

    private static EquatableArray<PowerBaseScore> Bases(double[] strengths)
        => strengths.Select((s, i) => new PowerBaseScore((PowerBase)i, s)).ToEquatableArray();
}
