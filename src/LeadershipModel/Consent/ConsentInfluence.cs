using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>Pure functions from a consent state to each follower's influence and outcome.</summary>
/// <remarks>
/// <para>For each follower, the usable bases are the role's positional bases (0 without a role) and the follower's
/// grant while they consent (0 while they do not). The strength s is <see cref="ConsentInfluenceOptions.StrengthModel"/>
/// of those six bases. The outcome is <c>none = 1 − s</c> and s times the outcome model's mix, moved toward the
/// lever's own outcome weights while a reward or a sanction is in use (<see cref="ConsentInfluenceOptions.LeverWeight"/>).
/// With the default authority model, reward power has the highest compliance weight and coercion the highest
/// resistance weight of any base, so a carrot never lowers compliance and a stick never lowers resistance.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ConsentInfluence
{
    private const int BaseCount = (int)PowerBase.Referent + 1;

    /// <summary>Gets the six bases the person can use with one follower.</summary>
    /// <param name="role">The role in force, or <see langword="null"/>.</param>
    /// <param name="follower">The follower.</param>
    /// <returns>All six bases, in declaration order of <see cref="PowerBase"/>.</returns>
    public static EquatableArray<PowerBaseScore> Bases(ConsentRole? role, ConsentFollowerState follower)
    {
        Preconditions.NotNull(follower);
        var consenting = follower.Consenting;
        var bases = new PowerBaseScore[BaseCount];
        bases[(int)PowerBase.Legitimate] = new(PowerBase.Legitimate, role?.Legitimate ?? 0);
        bases[(int)PowerBase.Reward] = new(PowerBase.Reward, role?.Reward ?? 0);
        bases[(int)PowerBase.Coercive] = new(PowerBase.Coercive, role?.Coercive ?? 0);
        bases[(int)PowerBase.Expert] = new(PowerBase.Expert, consenting ? follower.Grant.Expert : 0);
        bases[(int)PowerBase.Informational] = new(PowerBase.Informational, consenting ? follower.Grant.Informational : 0);
        bases[(int)PowerBase.Referent] = new(PowerBase.Referent, consenting ? follower.Grant.Referent : 0);
        return EquatableArray<PowerBaseScore>.TakeOwnership(bases);
    }

    /// <summary>Evaluates one follower.</summary>
    /// <param name="role">The role in force, or <see langword="null"/>.</param>
    /// <param name="follower">The follower.</param>
    /// <param name="options">The models; <see cref="ConsentInfluenceOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The follower's bases, strength and outcome.</returns>
    public static ConsentFollowerInfluence EvaluateFollower(ConsentRole? role, ConsentFollowerState follower, ConsentInfluenceOptions? options = null)
    {
        options ??= ConsentInfluenceOptions.Default;
        var bases = Bases(role, follower);
        var strength = Preconditions.UnitInterval(options.StrengthModel.Strength(bases), "strength");
        var outcome = OutcomeShares.NoInfluence;
        if (strength > 0)
        {
            var mix = options.OutcomeModel.Estimate(bases, options.AuthorityModel)
                ?? throw new InvalidOperationException("The outcome model gave no mix for a positive influence strength.");
            if (follower.RewardActive)
            {
                mix = Blend(mix, options.AuthorityModel.GetBase(PowerBase.Reward).DefaultOutcome, options.LeverWeight);
            }

            if (follower.SanctionActive)
            {
                mix = Blend(mix, options.AuthorityModel.GetBase(PowerBase.Coercive).DefaultOutcome, options.LeverWeight);
            }

            outcome = OutcomeShares.Create(strength, mix);
        }

        var held = !follower.Consenting && role is not null && (follower.RewardActive || follower.SanctionActive);
        return new ConsentFollowerInfluence(follower.Id, follower.Consenting, bases, outcome, held);
    }

    /// <summary>Evaluates every follower of a state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="options">The models; <see cref="ConsentInfluenceOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One evaluation per follower, in their order.</returns>
    public static EquatableArray<ConsentFollowerInfluence> Evaluate(ConsentState state, ConsentInfluenceOptions? options = null)
    {
        Preconditions.NotNull(state);
        var result = new ConsentFollowerInfluence[state.Followers.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = EvaluateFollower(state.Role, state.Followers[i], options);
        }

        return EquatableArray<ConsentFollowerInfluence>.TakeOwnership(result);
    }

    private static OutcomeWeights Blend(OutcomeWeights mix, OutcomeWeights lever, double w) => OutcomeWeights.Create(
        ((1 - w) * mix.Commitment) + (w * lever.Commitment),
        ((1 - w) * mix.Compliance) + (w * lever.Compliance),
        ((1 - w) * mix.Resistance) + (w * lever.Resistance));
}
