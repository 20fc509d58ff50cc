using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>
/// The default outcome model: the strength-weighted mean of each base's default outcome weights, normalised to
/// sum to 1.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class StrengthWeightedOutcomeModel : IInfluenceOutcomeModel
{
    private StrengthWeightedOutcomeModel()
    {
    }

    /// <summary>Gets the single instance.</summary>
    public static StrengthWeightedOutcomeModel Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "strength-weighted";

    /// <inheritdoc/>
    public OutcomeWeights? Estimate(EquatableArray<PowerBaseScore> bases, AuthorityModel model)
    {
        Preconditions.NotNull(model);
        double commitment = 0, compliance = 0, resistance = 0, total = 0;
        foreach (var score in bases)
        {
            var weights = model.GetBase(score.Base).DefaultOutcome;
            commitment += score.Strength * weights.Commitment;
            compliance += score.Strength * weights.Compliance;
            resistance += score.Strength * weights.Resistance;
            total += score.Strength;
        }

        return total > 0 ? OutcomeWeights.Create(commitment, compliance, resistance) : null;
    }
}
