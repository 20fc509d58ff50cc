using LeadershipModel.Consent;

namespace LeadershipModel.Tests.Consent;

public sealed class ConsentScenarioTests
{
    [Fact]
    public void BuiltIns_HaveTheDocumentedNames()
    {
        ConsentScenarios.All.Select(s => s.Name).Should().Equal("leader", "manager-carrot", "manager-stick", "integrator", "withdrawal");
        ConsentScenarios.TryGet("withdrawal", out var s).Should().BeTrue();
        s.Should().BeSameAs(ConsentScenarios.Withdrawal);
        ConsentScenarios.TryGet("boss", out _).Should().BeFalse();
    }

    [Fact]
    public void Leader_HasNoRole_AndKeepsMostFollowers()
    {
        var simulation = ConsentSimulator.Run(ConsentScenarios.Leader, 1);
        simulation.Initial.Role.Should().BeNull();
        simulation.Events.Should().NotContain(e => e.Kind == ConsentEventKind.RewardOffered || e.Kind == ConsentEventKind.SanctionThreatened);
        simulation.Steps.Average(s => s.Team.ConsentingShare).Should().BeGreaterThan(0.6);
        simulation.Steps.All(s => s.Team.Outcome.Commitment > s.Team.Outcome.Compliance).Should().BeTrue("follower-conferred authority earns commitment");
    }

    [Fact]
    public void Withdrawal_FollowersWithdraw_InfluenceFalls_CarrotThenStick()
    {
        var simulation = ConsentSimulator.Run(ConsentScenarios.Withdrawal, 1);
        var before = simulation.Steps[5].Team;
        var carrot = simulation.Steps[8].Team;
        var stick = simulation.Steps[14].Team;

        simulation.Steps.Should().HaveCount(25);
        simulation.Steps[6].Followers.Count(f => f.Events.Any(e => e.Kind == ConsentEventKind.ConsentWithdrawn)).Should().BeGreaterThanOrEqualTo(6);
        carrot.ConsentingShare.Should().BeLessThan(before.ConsentingShare);
        carrot.Influence.Should().BeLessThan(before.Influence);
        carrot.Outcome.Commitment.Should().BeLessThan(before.Outcome.Commitment);
        carrot.HeldByLeversOnly.Should().NotBeEmpty("the carrot keeps withdrawn followers back in line");
        simulation.Steps[8].Followers.SelectMany(f => f.Events).Should().Contain(e => e.Kind == ConsentEventKind.RewardOffered);
        simulation.Steps[14].Followers.SelectMany(f => f.Events).Should().Contain(e => e.Kind == ConsentEventKind.SanctionThreatened);
        stick.Outcome.Resistance.Should().BeGreaterThan(carrot.Outcome.Resistance);
        simulation.Events.Count(e => e.Kind == ConsentEventKind.RewardOffered).Should().BeLessThanOrEqualTo(ConsentScenarios.Withdrawal.Dynamics.RewardBudget, "the carrot costs the reward budget");
    }

    [Fact]
    public void Simulation_FollowerIds_ArePaddedToTheWidthOfN()
    {
        ConsentSimulator.Run(ConsentScenarios.Leader with { Followers = 8, Steps = 1 }, 1).Initial.Followers.Select(f => f.Id).Should().Equal("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8");
        var twelve = ConsentSimulator.Run(ConsentScenarios.Leader with { Followers = 12, Steps = 1 }, 1).Initial.Followers.Select(f => f.Id).ToList();
        twelve[0].Should().Be("F01");
        twelve[^1].Should().Be("F12");
    }

    [Fact]
    public void Simulation_StepZero_IsTheInitialStateWithNoEvents()
    {
        var simulation = ConsentSimulator.Run(ConsentScenarios.Withdrawal, 3);
        simulation.Steps[0].State.Should().Be(simulation.Initial);
        simulation.Steps[0].Followers.Should().OnlyContain(f => f.Events.Count == 0);
    }

    [Fact]
    public void RoleEvents_AreListedUnderEveryFollower()
    {
        var scenario = ConsentScenarios.Leader with
        {
            Followers = 3,
            Steps = 4,
            Script = [new ConsentScriptedEvent(2, ConsentEventKind.RoleGranted, new ConsentRole(0.5, 0.5, 0.5)), new ConsentScriptedEvent(4, ConsentEventKind.RoleRevoked)],
        };
        var simulation = ConsentSimulator.Run(scenario, 9);
        simulation.Steps[2].Followers.Should().OnlyContain(f => f.Events[0].Kind == ConsentEventKind.RoleGranted);
        simulation.Steps[4].Followers.Should().OnlyContain(f => f.Events[0].Kind == ConsentEventKind.RoleRevoked);
        simulation.Steps[3].Followers[0].Influence.Bases[0].Strength.Should().Be(0.5);
        simulation.Steps[4].Followers[0].Influence.Bases[0].Strength.Should().Be(0);
    }

    [Fact]
    public void Run_ScriptGrantingARoleAlreadyHeld_ThrowsNamingTheEvent()
    {
        var scenario = ConsentScenarios.Withdrawal with { Script = [new ConsentScriptedEvent(3, ConsentEventKind.RoleGranted, new ConsentRole(1, 1, 1))] };
        ((Action)(() => ConsentSimulator.Run(scenario, 1))).Should().Throw<ArgumentException>().WithMessage("*Scripted event 0*role-granted*step 3*already held*");
    }

    [Fact]
    public void StartingFrom_AProfile_TakesTheRoleAndTheGrantFromIt()
    {
        var profile = AuthorityProfile.Create(new Dictionary<PowerBase, double>
        {
            [PowerBase.Legitimate] = 0.9, [PowerBase.Reward] = 0.7, [PowerBase.Coercive] = 0.2,
            [PowerBase.Expert] = 0.6, [PowerBase.Informational] = 0.5, [PowerBase.Referent] = 0.4,
        });

        var scenario = ConsentScenarios.Withdrawal.StartingFrom(profile);

        scenario.Role.Should().Be(new ConsentRole(0.9, 0.7, 0.2));
        scenario.Grant.Should().Be(new ConsentGrant(0.6, 0.5, 0.4));
        var step0 = ConsentSimulator.Run(scenario, 1).Steps[0];
        step0.Followers[0].Influence.Influence.Should().BeApproximately(profile.ExpectedOutcome!.Strength, 1e-15, "at step 0 every follower grants what the profile measured");
        ConsentScenarios.Withdrawal.StartingFrom(AuthorityProfile.Create(new Dictionary<PowerBase, double> { [PowerBase.Referent] = 0.9 })).Role.Should().BeNull();
    }

    [Fact]
    public void Scenario_PhasesMustStartAtIncreasingSteps()
    {
        var act = () => ConsentScenarios.Leader with { Phases = [new ConsentPhase(3, ConsentBehaviour.Passive), new ConsentPhase(3, ConsentBehaviour.Passive)] };
        act.Should().Throw<ArgumentException>().WithMessage("*Phase 1*step 3*");
    }

    [Fact]
    public void CustomDynamics_IsUsed_AndAnInvalidEventIsNamed()
    {
        var act = () => ConsentSimulator.Run(ConsentScenarios.Leader with { Steps = 2 }, 1, new CarrotWithoutRole());
        act.Should().Throw<InvalidOperationException>().WithMessage("*CarrotWithoutRole*carrot*");
    }

    private sealed class CarrotWithoutRole : IConsentDynamics
    {
        public IReadOnlyList<ConsentEvent> Decide(ConsentDynamicsArguments arguments) => [ConsentEvent.ForFollower(arguments.Step, ConsentEventKind.RewardOffered, arguments.Current.Followers[0].Id)];
    }
}
