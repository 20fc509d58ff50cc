using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Extensions.DependencyInjection;
using LeadershipModel.Scoring;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Adds pipeline steps resolved from the container to an engine registered with <c>AddLeadershipModel</c>.
/// </summary>
/// <remarks>
/// <para>Each step is resolved when the engine is built, with
/// <see cref="ActivatorUtilities.GetServiceOrCreateInstance{T}(IServiceProvider)"/>: the registered service when
/// the type is registered, otherwise a new instance whose constructor arguments come from the container. The
/// engine is a singleton and keeps the step for its lifetime, so the step must be thread-safe and must not depend
/// on scoped services. A created (unregistered) instance is not disposed by the container; register the type
/// if it needs disposing.</para>
/// <para>Steps run in the order their configuration was added, together with the configure callbacks.</para>
/// <para>This type is stateless and thread-safe; the builder it extends is not.</para>
/// </remarks>
public static class LeadershipModelBuilderExtensions
{
    private const DynamicallyAccessedMemberTypes Constructors = DynamicallyAccessedMemberTypes.PublicConstructors;

    /// <summary>Adds an enricher resolved from the container; enrichers run in the order added.</summary>
    /// <typeparam name="TEnricher">The enricher type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static LeadershipModelBuilder AddEnricher<[DynamicallyAccessedMembers(Constructors)] TEnricher>(this LeadershipModelBuilder builder)
        where TEnricher : class, IProfileEnricher
        => NotNull(builder).Configure((b, c) => b.AddEnricher(Resolve<TEnricher>(c)));

    /// <summary>Adds a response validator resolved from the container, run after the built-in checks.</summary>
    /// <typeparam name="TValidator">The validator type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static LeadershipModelBuilder AddResponseValidator<[DynamicallyAccessedMembers(Constructors)] TValidator>(this LeadershipModelBuilder builder)
        where TValidator : class, IResponseValidator
        => NotNull(builder).Configure((b, c) => b.AddResponseValidator(Resolve<TValidator>(c)));

    /// <summary>Adds an observer resolved from the container.</summary>
    /// <typeparam name="TObserver">The observer type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static LeadershipModelBuilder AddObserver<[DynamicallyAccessedMembers(Constructors)] TObserver>(this LeadershipModelBuilder builder)
        where TObserver : ScoringObserver
        => NotNull(builder).Configure((b, c) => b.AddObserver(Resolve<TObserver>(c)));

    /// <summary>Replaces the item transform with one resolved from the container.</summary>
    /// <typeparam name="TTransform">The transform type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static LeadershipModelBuilder UseItemTransform<[DynamicallyAccessedMembers(Constructors)] TTransform>(this LeadershipModelBuilder builder)
        where TTransform : class, IItemTransform
        => NotNull(builder).Configure((b, c) => b.UseItemTransform(Resolve<TTransform>(c)));

    /// <summary>Replaces the scale scorer with one resolved from the container.</summary>
    /// <typeparam name="TScorer">The scorer type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static LeadershipModelBuilder UseScaleScorer<[DynamicallyAccessedMembers(Constructors)] TScorer>(this LeadershipModelBuilder builder)
        where TScorer : class, IScaleScorer
        => NotNull(builder).Configure((b, c) => b.UseScaleScorer(Resolve<TScorer>(c)));

    /// <summary>Replaces the profile-type classifier with one resolved from the container.</summary>
    /// <typeparam name="TClassifier">The classifier type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static LeadershipModelBuilder UseProfileClassifier<[DynamicallyAccessedMembers(Constructors)] TClassifier>(this LeadershipModelBuilder builder)
        where TClassifier : class, IProfileClassifier
        => NotNull(builder).Configure((b, c) => b.UseProfileClassifier(Resolve<TClassifier>(c)));

    /// <summary>Uses a norms provider resolved from the container.</summary>
    /// <typeparam name="TProvider">The provider type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static LeadershipModelBuilder UseNormProvider<[DynamicallyAccessedMembers(Constructors)] TProvider>(this LeadershipModelBuilder builder)
        where TProvider : class, INormProvider
        => NotNull(builder).Configure((b, c) => b.UseNormProvider(Resolve<TProvider>(c)));

    private static LeadershipModelBuilder NotNull(LeadershipModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    private static T Resolve<[DynamicallyAccessedMembers(Constructors)] T>(LeadershipModelBuilderContext context)
        where T : class
        => ActivatorUtilities.GetServiceOrCreateInstance<T>(context.ServiceProvider);
}
