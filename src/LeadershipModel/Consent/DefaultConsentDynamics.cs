using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>
/// The default dynamics: the rules of <see cref="ConsentDynamicsParameters"/>. They illustrate the seed's argument
/// with transparent assumptions; they are not an empirical finding.
/// </summary>
/// <remarks>
/// <para>Per follower, in follower order, the events of a step are: the carrot (<c>reward-offered</c>), the stick
/// (<c>sanction-threatened</c>, then <c>trust-broken</c>), <c>expertise-shown</c>, and last a change of consent. A
/// follower whose consent the scenario changed at this step keeps it for the step. Each follower draws exactly two
/// uniforms from their own stream per step (one for expertise, one for consent), whatever happens, so that the
/// draws of one follower never shift those of another.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DefaultConsentDynamics : IConsentDynamics
{
    /// <summary>Initializes the dynamics.</summary>
    /// <param name="parameters">The parameters; <see cref="ConsentDynamicsParameters.Default"/> when <see langword="null"/>.</param>
    public DefaultConsentDynamics(ConsentDynamicsParameters? parameters = null) => Parameters = parameters ?? ConsentDynamicsParameters.Default;

    /// <summary>Gets the parameters.</summary>
    public ConsentDynamicsParameters Parameters { get; }

    /// <inheritdoc/>
    public IReadOnlyList<ConsentEvent> Decide(ConsentDynamicsArguments arguments)
    {
        var p = Parameters;
        var state = Preconditions.NotNull(arguments.Current);
        var behaviour = Preconditions.NotNull(arguments.Behaviour);
        var step = arguments.Step;
        var events = new List<ConsentEvent>();
        var rewardsLeft = p.RewardBudget - state.RewardsOffered;
        for (var i = 0; i < state.Followers.Count; i++)
        {
            var f = state.Followers[i];
            var random = arguments.RandomFor(i);
            var expertiseDraw = random.NextDouble();
            var consentDraw = random.NextDouble();
            if (Targets(behaviour.Carrot, f) && state.Role?.Reward > 0 && rewardsLeft > 0)
            {
                events.Add(ConsentEvent.ForFollower(step, ConsentEventKind.RewardOffered, f.Id));
                rewardsLeft--;
            }

            var referent = f.Grant.Referent;
            if (Targets(behaviour.Stick, f) && state.Role?.Coercive > 0)
            {
                events.Add(ConsentEvent.ForFollower(step, ConsentEventKind.SanctionThreatened, f.Id));
                if (p.StickTrustCost > 0 && referent > 0)
                {
                    events.Add(ConsentEvent.WithAmount(step, ConsentEventKind.TrustBroken, f.Id, p.StickTrustCost));
                    referent = Math.Max(0, referent - p.StickTrustCost);
                }
            }

            double expert = f.Grant.Expert, informational = f.Grant.Informational;
            if (expertiseDraw < behaviour.ShowExpertise && (expert < 1 || informational < 1))
            {
                events.Add(ConsentEvent.WithAmount(step, ConsentEventKind.ExpertiseShown, f.Id, p.ExpertiseGain));
                expert = Math.Min(1, expert + p.ExpertiseGain);
                informational = Math.Min(1, informational + p.ExpertiseGain);
            }

            var changedByScript = arguments.Previous.IndexOf(f.Id) is var k and >= 0 && arguments.Previous.Followers[k].Consenting != f.Consenting;
            if (changedByScript)
            {
                continue;
            }

            var grant = (expert + informational + referent) / 3;
            if (f.Consenting)
            {
                if (consentDraw < p.WithdrawalBase + (p.WithdrawalSlope * (1 - grant)))
                {
                    events.Add(ConsentEvent.ForFollower(step, ConsentEventKind.ConsentWithdrawn, f.Id));
                }
            }
            else if (consentDraw < (p.RegainBase + (p.RegainPerExpertise * behaviour.ShowExpertise) + (p.RegainPerCare * behaviour.Care)) * grant)
            {
                events.Add(ConsentEvent.ForFollower(step, ConsentEventKind.ConsentGranted, f.Id));
            }
        }

        return events;
    }

    private static bool Targets(ConsentLeverUse use, ConsentFollowerState follower) => use switch
    {
        ConsentLeverUse.Everyone => true,
        ConsentLeverUse.Withdrawn => !follower.Consenting,
        _ => false,
    };
}
