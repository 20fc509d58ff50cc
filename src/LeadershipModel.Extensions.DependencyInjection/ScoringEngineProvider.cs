using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Scoring;

namespace LeadershipModel.Extensions.DependencyInjection;

/// <summary>
/// Gives the scoring engines registered with
/// <see cref="Microsoft.Extensions.DependencyInjection.LeadershipModelServiceCollectionExtensions.AddLeadershipModel(Microsoft.Extensions.DependencyInjection.IServiceCollection, string, Action{ScoringEngineBuilder, LeadershipModelBuilderContext})"/>,
/// by name.
/// </summary>
/// <remarks>
/// <para>Resolve it from the container. Each engine is built once, on first use, from every configuration added
/// for its name, and the same instance is returned from then on.</para>
/// <para>Implementations must be thread-safe; the one registered by <c>AddLeadershipModel</c> is.</para>
/// </remarks>
public abstract class ScoringEngineProvider
{
    /// <summary>
    /// The name of the engine registered by the overloads of <c>AddLeadershipModel</c> that take no name; that engine
    /// is also resolvable as <see cref="ScoringEngine"/> directly.
    /// </summary>
    public const string DefaultName = "default";

    /// <summary>Initializes a new instance of the <see cref="ScoringEngineProvider"/> class.</summary>
    protected ScoringEngineProvider()
    {
    }

    /// <summary>Gets the names of the registered engines, in ordinal order.</summary>
    public abstract IReadOnlyCollection<string> EngineNames { get; }

    /// <summary>Gets the engine registered under a name, building it on first use.</summary>
    /// <param name="name">The name (compared ordinally, so case matters).</param>
    /// <param name="engine">The engine, when one is registered under <paramref name="name"/>.</param>
    /// <returns><see langword="true"/> when an engine is registered under <paramref name="name"/>.</returns>
    /// <exception cref="InvalidOperationException">The engine's configuration is invalid; the message is that of <see cref="ScoringEngineBuilder.Build"/>.</exception>
    public abstract bool TryGetEngine(string name, [NotNullWhen(true)] out ScoringEngine? engine);

    /// <summary>Gets the engine registered under a name, building it on first use.</summary>
    /// <param name="name">The name (compared ordinally, so case matters).</param>
    /// <returns>The engine; the same instance on every call.</returns>
    /// <exception cref="InvalidOperationException">No engine is registered under <paramref name="name"/> (the message names the registered ones), or its configuration is invalid.</exception>
    public virtual ScoringEngine GetEngine(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TryGetEngine(name, out var engine))
        {
            return engine;
        }

        var registered = EngineNames.Count == 0 ? "none" : string.Join(", ", EngineNames.Select(n => $"'{n}'"));
        throw new InvalidOperationException(
            $"No scoring engine named '{name}' is registered; registered: {registered}. Register it with services.AddLeadershipModel(\"{name}\", ...).");
    }
}
