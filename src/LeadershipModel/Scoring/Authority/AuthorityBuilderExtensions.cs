using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Configures the authority step: the model of power bases and sources, and the influence outcome model.</summary>
/// <remarks>This type is stateless and thread-safe; the builder it extends is not.</remarks>
public static class AuthorityBuilderExtensions
{
    /// <summary>Uses another authority model (sources, bases and default outcomes) and, optionally, another outcome model.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="model">The authority model.</param>
    /// <param name="outcomeModel">The outcome model; the strength-weighted default when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseAuthorityModel(this ScoringEngineBuilder builder, AuthorityModel model, IInfluenceOutcomeModel? outcomeModel = null)
    {
        Preconditions.NotNull(model);
        Preconditions.NotNull(builder).Mutate(s =>
        {
            s.AuthorityModel = model;
            s.OutcomeModel = outcomeModel ?? StrengthWeightedOutcomeModel.Instance;
        });
        return builder;
    }
}
