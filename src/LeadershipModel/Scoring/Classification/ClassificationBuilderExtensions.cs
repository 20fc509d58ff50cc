using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Configures the classification step.</summary>
/// <remarks>This type is stateless and thread-safe; the builder it extends is not.</remarks>
public static class ClassificationBuilderExtensions
{
    /// <summary>Sets the classification options.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseClassification(this ScoringEngineBuilder builder, ClassificationOptions options)
    {
        Preconditions.NotNull(builder).Mutate(s => s.Classification = Preconditions.NotNull(options));
        return builder;
    }

    /// <summary>Replaces the profile-type classifier.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="classifier">The classifier.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseProfileClassifier(this ScoringEngineBuilder builder, IProfileClassifier classifier)
    {
        Preconditions.NotNull(classifier);
        Preconditions.NotBlank(classifier.Name, nameof(classifier));
        Preconditions.NotNull(builder).Mutate(s => s.Classifier = classifier);
        return builder;
    }
}
