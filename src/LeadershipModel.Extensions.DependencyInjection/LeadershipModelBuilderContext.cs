using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadershipModel.Extensions.DependencyInjection;

/// <summary>
/// What a configure callback of <c>AddLeadershipModel</c> sees when the engine is built: the engine's name and the
/// container, to resolve host services and options.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The service provider is the root provider: resolve singletons (or transients) from
/// it, not scoped services, because the engine is a singleton.
/// </remarks>
public sealed class LeadershipModelBuilderContext
{
    internal LeadershipModelBuilderContext(string engineName, IServiceProvider serviceProvider)
    {
        EngineName = engineName;
        ServiceProvider = serviceProvider;
    }

    /// <summary>Gets the name of the engine being built (<see cref="ScoringEngineProvider.DefaultName"/> for the unnamed one).</summary>
    public string EngineName { get; }

    /// <summary>Gets the container's root service provider.</summary>
    public IServiceProvider ServiceProvider { get; }

    /// <summary>Gets an options instance through <see cref="IOptionsMonitor{TOptions}"/>, with every configuration applied.</summary>
    /// <typeparam name="TOptions">The options type.</typeparam>
    /// <param name="name">The options name; <see cref="Options.DefaultName"/> when <see langword="null"/>.</param>
    /// <returns>The options.</returns>
    public TOptions GetOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(string? name = null)
        where TOptions : class
        => ServiceProvider.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name ?? Options.DefaultName);
}
