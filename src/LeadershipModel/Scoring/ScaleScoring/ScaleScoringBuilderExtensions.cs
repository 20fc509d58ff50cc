using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Configures the scale-scoring step.</summary>
/// <remarks>This type is stateless and thread-safe; the builder it extends is not.</remarks>
public static class ScaleScoringBuilderExtensions
{
    /// <summary>Chooses a built-in scale scorer.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseScaleScoring(this ScoringEngineBuilder builder, ScaleScoringOptions options)
    {
        Preconditions.NotNull(options);
        Preconditions.NotNull(builder).Mutate(s =>
        {
            s.ScaleScorer = new BuiltInScaleScorer(options.Method);
            s.RawScoreIsSum = options.Method == ScaleScoringMethod.Sum;
        });
        return builder;
    }

    /// <summary>Chooses a built-in scale scorer.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="method">The method.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseScaleScoring(this ScoringEngineBuilder builder, ScaleScoringMethod method)
        => builder.UseScaleScoring(new ScaleScoringOptions { Method = method });

    /// <summary>Replaces the scale scorer with a custom one.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="scorer">The scorer.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseScaleScorer(this ScoringEngineBuilder builder, IScaleScorer scorer)
    {
        Preconditions.NotNull(scorer);
        Preconditions.NotBlank(scorer.Name, nameof(scorer));
        Preconditions.NotNull(builder).Mutate(s =>
        {
            s.ScaleScorer = scorer;
            s.RawScoreIsSum = false;
        });
        return builder;
    }
}
