using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>The models that turn a follower's usable bases into an influence strength and an outcome.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record ConsentInfluenceOptions
{
    private readonly AuthorityModel _authorityModel = AuthorityModel.Default;
    private readonly IInfluenceOutcomeModel _outcomeModel = StrengthWeightedOutcomeModel.Instance;
    private readonly IInfluenceStrengthModel _strengthModel = MeanInfluenceStrengthModel.Instance;
    private readonly double _leverWeight = 0.5;

    /// <summary>Gets the default options.</summary>
    public static ConsentInfluenceOptions Default { get; } = new();

    /// <summary>Gets the authority model, whose per-base outcome weights the outcome model uses; <see cref="AuthorityModel.Default"/> by default.</summary>
    public AuthorityModel AuthorityModel { get => _authorityModel; init => _authorityModel = Preconditions.NotNull(value, nameof(AuthorityModel)); }

    /// <summary>Gets the outcome model that gives the mix of commitment, compliance and resistance; <see cref="StrengthWeightedOutcomeModel"/> by default.</summary>
    public IInfluenceOutcomeModel OutcomeModel { get => _outcomeModel; init => _outcomeModel = Preconditions.NotNull(value, nameof(OutcomeModel)); }

    /// <summary>Gets the influence strength model; <see cref="MeanInfluenceStrengthModel"/> (the mean of the six bases) by default.</summary>
    public IInfluenceStrengthModel StrengthModel { get => _strengthModel; init => _strengthModel = Preconditions.NotNull(value, nameof(StrengthModel)); }

    /// <summary>
    /// Gets how far a lever in use moves a follower's outcome mix toward the lever's own base, in [0, 1]; 0.5 by
    /// default. While a reward is offered, the mix becomes <c>(1 − w)·mix + w·reward's weights</c> (mostly
    /// compliance); while a sanction is threatened, likewise toward coercion's weights (mostly resistance). The
    /// strength, and so the share of no influence, does not change: a lever changes the kind of influence, not its amount.
    /// </summary>
    public double LeverWeight { get => _leverWeight; init => _leverWeight = Preconditions.UnitInterval(value, nameof(LeverWeight)); }
}
