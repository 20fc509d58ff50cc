using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Adds observers.</summary>
/// <remarks>This type is stateless and thread-safe; the builder it extends is not.</remarks>
public static class ObserverBuilderExtensions
{
    /// <summary>Adds an observer.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="observer">The observer.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder AddObserver(this ScoringEngineBuilder builder, ScoringObserver observer)
    {
        Preconditions.NotNull(observer);
        Preconditions.NotNull(builder).Mutate(s => s.Observers.Add(observer));
        return builder;
    }
}
