using LeadershipModel.Internal;
using LeadershipModel.Norms;

namespace LeadershipModel.Scoring;

/// <summary>Configures the norms step (none by default).</summary>
/// <remarks>This type is stateless and thread-safe; the builder it extends is not.</remarks>
public static class NormsBuilderExtensions
{
    /// <summary>Compares every index with a norm table.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseNorms(this ScoringEngineBuilder builder, NormOptions options)
    {
        Preconditions.NotNull(options);
        return builder.UseNormProvider(new NormTableProvider(options.Table));
    }

    /// <summary>Compares every index with a norm table.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="table">The norm table.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseNorms(this ScoringEngineBuilder builder, NormTable table)
        => builder.UseNorms(new NormOptions { Table = table });

    /// <summary>Uses a custom norms provider.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="provider">The provider.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseNormProvider(this ScoringEngineBuilder builder, INormProvider provider)
    {
        Preconditions.NotNull(provider);
        Preconditions.NotBlank(provider.Name, nameof(provider));
        Preconditions.NotNull(builder).Mutate(s => s.NormProvider = provider);
        return builder;
    }
}
