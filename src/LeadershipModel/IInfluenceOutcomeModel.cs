namespace LeadershipModel;

/// <summary>Estimates the influence outcomes a person's authority is expected to earn.</summary>
/// <remarks>
/// Replace <see cref="StrengthWeightedOutcomeModel"/> to encode another theory. Implementations must be
/// thread-safe and deterministic: the engine calls them from many threads. In the engine, a model that throws is
/// reported with its <see cref="Name"/> in the profile's plug-in failures, and the default strength-weighted model
/// gives the expected outcome instead.
/// </remarks>
public interface IInfluenceOutcomeModel
{
    /// <summary>Gets the model's name, used in the engine's fingerprint and failure reports; the type's full name unless overridden.</summary>
    string Name => GetType().FullName ?? GetType().Name;

    /// <summary>Estimates the outcome weights for measured base strengths.</summary>
    /// <param name="bases">The measured bases, in declaration order of <see cref="PowerBase"/>.</param>
    /// <param name="model">The authority model in force.</param>
    /// <returns>The weights, or <see langword="null"/> when they cannot be estimated (for example all strengths are zero).</returns>
    OutcomeWeights? Estimate(EquatableArray<PowerBaseScore> bases, AuthorityModel model);
}
