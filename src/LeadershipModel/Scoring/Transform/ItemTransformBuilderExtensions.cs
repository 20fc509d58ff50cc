using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Configures the item-transform step.</summary>
/// <remarks>This type is stateless and thread-safe; the builder it extends is not.</remarks>
public static class ItemTransformBuilderExtensions
{
    /// <summary>Replaces the default item transform (reverse keying and scaling to [0, 1]).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="transform">The transform.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseItemTransform(this ScoringEngineBuilder builder, IItemTransform transform)
    {
        Preconditions.NotNull(transform);
        Preconditions.NotBlank(transform.Name, nameof(transform));
        Preconditions.NotNull(builder).Mutate(s => s.ItemTransform = transform);
        return builder;
    }
}
