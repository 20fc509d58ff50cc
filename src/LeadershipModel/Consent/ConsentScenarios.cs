using System.Diagnostics.CodeAnalysis;

namespace LeadershipModel.Consent;

/// <summary>
/// The built-in scenarios: <c>leader</c>, <c>manager-carrot</c>, <c>manager-stick</c>, <c>integrator</c> and
/// <c>withdrawal</c>. Each illustrates the seed's argument with the default dynamics, whose rules are our
/// assumptions, not empirical findings.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ConsentScenarios
{
    /// <summary>Gets <c>leader</c>: a high follower-conferred grant and no role; the person shows expertise and care.</summary>
    public static ConsentScenario Leader { get; } = new()
    {
        Name = "leader",
        Description = "A leader without a role: followers grant expertise and character, and the leader keeps their consent with shown expertise and care.",
        Grant = new ConsentGrant(0.8, 0.75, 0.85),
        GrantSpread = 0.1,
        Phases = [new ConsentPhase(1, new ConsentBehaviour { ShowExpertise = 0.5, Care = 0.6 })],
    };

    /// <summary>Gets <c>manager-carrot</c>: a role with reward power, a low grant; the manager answers withdrawal with the carrot.</summary>
    public static ConsentScenario ManagerCarrot { get; } = new()
    {
        Name = "manager-carrot",
        Description = "A manager with a role and a low follower-conferred grant, who answers withdrawal with rewards while the budget lasts.",
        Role = new ConsentRole(0.8, 0.8, 0.3),
        Grant = new ConsentGrant(0.35, 0.3, 0.25),
        GrantSpread = 0.1,
        Phases = [new ConsentPhase(1, new ConsentBehaviour { Carrot = ConsentLeverUse.Withdrawn })],
        Dynamics = new ConsentDynamicsParameters { RewardBudget = 60 },
    };

    /// <summary>Gets <c>manager-stick</c>: a role with coercive power, a low grant; the manager answers withdrawal with the stick.</summary>
    public static ConsentScenario ManagerStick { get; } = new()
    {
        Name = "manager-stick",
        Description = "A manager with a role and a low follower-conferred grant, who answers withdrawal with sanctions.",
        Role = new ConsentRole(0.8, 0.3, 0.8),
        Grant = new ConsentGrant(0.35, 0.3, 0.25),
        GrantSpread = 0.1,
        Phases = [new ConsentPhase(1, new ConsentBehaviour { Stick = ConsentLeverUse.Withdrawn })],
    };

    /// <summary>Gets <c>integrator</c>: a role and a high grant; the person shows expertise and care, and offers the carrot to those who withdraw.</summary>
    public static ConsentScenario Integrator { get; } = new()
    {
        Name = "integrator",
        Description = "An integrator with both a role and a high follower-conferred grant, who shows expertise and care and offers a reward to anyone who withdraws.",
        Role = new ConsentRole(0.7, 0.6, 0.4),
        Grant = new ConsentGrant(0.8, 0.75, 0.8),
        GrantSpread = 0.1,
        Phases = [new ConsentPhase(1, new ConsentBehaviour { Carrot = ConsentLeverUse.Withdrawn, ShowExpertise = 0.5, Care = 0.5 })],
    };

    /// <summary>
    /// Gets <c>withdrawal</c>: a manager whose team follows at first; at step 6 three quarters of the followers
    /// withdraw, and the manager answers first with the carrot, then (from step 12, the budget nearly spent) with the stick.
    /// </summary>
    public static ConsentScenario Withdrawal { get; } = new()
    {
        Name = "withdrawal",
        Description = "Followers withdraw at step 6; the manager answers first with the carrot (steps 6 to 11, while the reward budget lasts), then with the stick (from step 12).",
        Role = new ConsentRole(0.6, 0.5, 0.4),
        Grant = new ConsentGrant(0.85, 0.8, 0.85),
        GrantSpread = 0.1,
        Phases =
        [
            new ConsentPhase(1, new ConsentBehaviour { ShowExpertise = 0.3, Care = 0.3 }),
            new ConsentPhase(6, new ConsentBehaviour { Carrot = ConsentLeverUse.Withdrawn }),
            new ConsentPhase(12, new ConsentBehaviour { Stick = ConsentLeverUse.Withdrawn }),
        ],
        Script = [new ConsentScriptedEvent(6, ConsentEventKind.ConsentWithdrawn, share: 0.75)],
        Dynamics = new ConsentDynamicsParameters { RewardBudget = 36 },
    };

    /// <summary>Gets every built-in scenario, in the order listed above.</summary>
    public static EquatableArray<ConsentScenario> All { get; } = [Leader, ManagerCarrot, ManagerStick, Integrator, Withdrawal];

    /// <summary>Finds a built-in scenario by name.</summary>
    /// <param name="name">The name, such as <c>withdrawal</c>.</param>
    /// <param name="scenario">The scenario, when found.</param>
    /// <returns><see langword="true"/> when there is a built-in scenario of that name.</returns>
    public static bool TryGet(string? name, [NotNullWhen(true)] out ConsentScenario? scenario)
    {
        scenario = All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
        return scenario is not null;
    }
}
