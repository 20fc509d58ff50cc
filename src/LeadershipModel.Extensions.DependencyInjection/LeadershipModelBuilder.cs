using LeadershipModel.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipModel.Extensions.DependencyInjection;

/// <summary>
/// Adds configuration to one named scoring engine registered with
/// <see cref="LeadershipModelServiceCollectionExtensions"/>; returned by every <c>AddLeadershipModel</c> overload.
/// </summary>
/// <remarks>
/// <para>Every <see cref="Configure(Action{ScoringEngineBuilder, LeadershipModelBuilderContext})"/> call (and every
/// extension method such as <c>AddEnricher&lt;TEnricher&gt;()</c>) adds a configure action to the engine's
/// configuration; the actions run in the order added, against one <see cref="ScoringEngineBuilder"/>, when the
/// engine is first resolved.</para>
/// <para>Like <see cref="IServiceCollection"/>, this type is not thread-safe: configure the container from one
/// thread.</para>
/// </remarks>
public sealed class LeadershipModelBuilder
{
    internal LeadershipModelBuilder(IServiceCollection services, string name)
    {
        Services = services;
        Name = name;
    }

    /// <summary>Gets the service collection the engine is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the engine's name (<see cref="ScoringEngineProvider.DefaultName"/> for the unnamed one).</summary>
    public string Name { get; }

    /// <summary>Adds a configure action to the engine's configuration.</summary>
    /// <param name="configure">Configures the builder; runs once, when the engine is first resolved.</param>
    /// <returns>This builder.</returns>
    public LeadershipModelBuilder Configure(Action<ScoringEngineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Configure((builder, _) => configure(builder));
    }

    /// <summary>Adds a configure action, with access to the container, to the engine's configuration.</summary>
    /// <param name="configure">Configures the builder; runs once, when the engine is first resolved.</param>
    /// <returns>This builder.</returns>
    public LeadershipModelBuilder Configure(Action<ScoringEngineBuilder, LeadershipModelBuilderContext> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.AddOptions<ScoringEngineRegistrationOptions>(Name).Configure(options => options.ConfigureActions.Add(configure));
        return this;
    }
}
