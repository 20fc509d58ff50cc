using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Configures the missing-data step.</summary>
/// <remarks>This type is stateless and thread-safe; the builder it extends is not.</remarks>
public static class MissingDataBuilderExtensions
{
    /// <summary>Sets the missing-data options.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseMissingData(this ScoringEngineBuilder builder, MissingDataOptions options)
    {
        Preconditions.NotNull(builder).Mutate(s => s.MissingData = Preconditions.NotNull(options));
        return builder;
    }
}
