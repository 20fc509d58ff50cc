using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Adds enrichers.</summary>
/// <remarks>This type is stateless and thread-safe; the builder it extends is not.</remarks>
public static class EnrichmentBuilderExtensions
{
    /// <summary>Adds an enricher; enrichers run in the order added.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="enricher">The enricher.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder AddEnricher(this ScoringEngineBuilder builder, IProfileEnricher enricher)
    {
        Preconditions.NotNull(enricher);
        Preconditions.NotBlank(enricher.Name, nameof(enricher));
        Preconditions.NotNull(builder).Mutate(s => s.Enrichers.Add(enricher));
        return builder;
    }

    /// <summary>Adds an enricher given as a delegate.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The enricher's name.</param>
    /// <param name="enrich">Adds results through <see cref="EnrichmentArguments.Extensions"/>.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder AddEnricher(this ScoringEngineBuilder builder, string name, Action<EnrichmentArguments> enrich)
        => builder.AddEnricher(new DelegateProfileEnricher(Preconditions.NotBlank(name), Preconditions.NotNull(enrich)));
}
