using LeadershipModel.Extensions.DependencyInjection;
using LeadershipModel.Scoring;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers LeadershipModel scoring engines in an <see cref="IServiceCollection"/>.</summary>
/// <remarks>
/// <para>Each engine is a singleton, built lazily on first resolve (thread-safe, once per name) from every
/// configuration added for its name. Safe to call more than once: the services are registered with
/// <c>TryAdd*</c> and never twice, and a second call for the same name <em>adds</em> its configuration to the
/// first's, as <c>services.Configure&lt;TOptions&gt;</c> and Polly's <c>AddResiliencePipeline</c> do. So a second
/// call that adds the same instrument again makes the engine's <see cref="ScoringEngineBuilder.Build"/> fail.</para>
/// <para>The engine registered without a name (<see cref="ScoringEngineProvider.DefaultName"/>) is resolvable as
/// <see cref="ScoringEngine"/>; every engine is resolvable through <see cref="ScoringEngineProvider"/> and as a keyed
/// <see cref="ScoringEngine"/> service whose key is its name.</para>
/// <para>This type is stateless and thread-safe; the service collection it extends is not.</para>
/// </remarks>
public static class LeadershipModelServiceCollectionExtensions
{
    /// <summary>Registers the default scoring engine, or adds to its configuration.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the engine's builder, for example with <c>AddInstrument</c>.</param>
    /// <returns>A builder to add more configuration, such as steps resolved from the container.</returns>
    public static LeadershipModelBuilder AddLeadershipModel(this IServiceCollection services, Action<ScoringEngineBuilder> configure)
        => services.AddLeadershipModel(ScoringEngineProvider.DefaultName, configure);

    /// <summary>Registers the default scoring engine, or adds to its configuration, with access to the container.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the engine's builder; the context gives the container and the engine's name.</param>
    /// <returns>A builder to add more configuration, such as steps resolved from the container.</returns>
    public static LeadershipModelBuilder AddLeadershipModel(this IServiceCollection services, Action<ScoringEngineBuilder, LeadershipModelBuilderContext> configure)
        => services.AddLeadershipModel(ScoringEngineProvider.DefaultName, configure);

    /// <summary>Registers a named scoring engine, or adds to its configuration.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The engine's name, compared ordinally.</param>
    /// <param name="configure">Configures the engine's builder, for example with <c>AddInstrument</c>.</param>
    /// <returns>A builder to add more configuration, such as steps resolved from the container.</returns>
    public static LeadershipModelBuilder AddLeadershipModel(this IServiceCollection services, string name, Action<ScoringEngineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddLeadershipModel(name, (builder, _) => configure(builder));
    }

    /// <summary>Registers a named scoring engine, or adds to its configuration, with access to the container.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The engine's name, compared ordinally.</param>
    /// <param name="configure">Configures the engine's builder; the context gives the container and the engine's name.</param>
    /// <returns>A builder to add more configuration, such as steps resolved from the container.</returns>
    public static LeadershipModelBuilder AddLeadershipModel(this IServiceCollection services, string name, Action<ScoringEngineBuilder, LeadershipModelBuilderContext> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions();
        services.TryAddSingleton<ScoringEngineProvider>(sp => new ScoringEngineRegistry(sp));
        if (!services.Any(d => d.ServiceType == typeof(ScoringEngineName) && !d.IsKeyedService && d.ImplementationInstance is ScoringEngineName registered && registered.Name == name))
        {
            services.AddSingleton(new ScoringEngineName(name));
        }

        services.TryAddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<ScoringEngineProvider>().GetEngine(name));
        if (name == ScoringEngineProvider.DefaultName)
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<ScoringEngineProvider>().GetEngine(ScoringEngineProvider.DefaultName));
        }

        return new LeadershipModelBuilder(services, name).Configure(configure);
    }
}
