using LeadershipModel.Consent;

namespace LeadershipModel.Snippets.Guides;

/// <summary>docs/authority.md.</summary>
public static class AuthorityGuide
{
    public static AuthorityProfile Snapshot()
    {
        #region authority-profile
        var authority = AuthorityProfile.Create(new Dictionary<PowerBase, double>
        {
            [PowerBase.Legitimate] = 0.8, [PowerBase.Reward] = 0.6, [PowerBase.Coercive] = 0.2,
            [PowerBase.Expert] = 0.7, [PowerBase.Informational] = 0.5, [PowerBase.Referent] = 0.9,
        });
        Console.WriteLine($"{authority.PrimarySource}, conferred by followers {authority.FollowerConferredShare:P0}, " +
                          $"most likely {authority.ExpectedOutcome?.MostLikely}");
        #endregion
        return authority;
    }

    public static ConsentSimulation Simulate()
    {
        #region consent-simulate
        // A built-in scenario: followers withdraw consent; the manager answers with the carrot and the stick.
        var simulation = ConsentSimulator.Run(ConsentScenarios.Withdrawal, seed: 1);
        foreach (var step in simulation.Steps)
        {
            Console.WriteLine($"step {step.Step}: consenting {step.Team.ConsentingShare:P0}, influence {step.Team.Influence:0.00}, " +
                              $"held by levers only: {string.Join(", ", step.Team.HeldByLeversOnly)}");
        }
        #endregion
        return simulation;
    }
}
