using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadershipModel.Extensions.DependencyInjection;

/// <summary>
/// The <see cref="ScoringEngineProvider"/> registered by <c>AddLeadershipModel</c>: one lazily built engine per
/// registered name.
/// </summary>
/// <remarks>Thread-safe: each engine is built at most once (a failed build is remembered and rethrown).</remarks>
internal sealed class ScoringEngineRegistry : ScoringEngineProvider
{
    private readonly FrozenDictionary<string, Lazy<ScoringEngine>> _engines;

    public ScoringEngineRegistry(IServiceProvider serviceProvider)
    {
        var options = serviceProvider.GetRequiredService<IOptionsMonitor<ScoringEngineRegistrationOptions>>();
        _engines = serviceProvider.GetServices<ScoringEngineName>()
            .Select(n => n.Name)
            .Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(
                name => name,
                name => new Lazy<ScoringEngine>(() => Build(name, options.Get(name), serviceProvider), LazyThreadSafetyMode.ExecutionAndPublication),
                StringComparer.Ordinal);
        EngineNames = _engines.Keys.Order(StringComparer.Ordinal).ToArray();
    }

    public override IReadOnlyCollection<string> EngineNames { get; }

    public override bool TryGetEngine(string name, [NotNullWhen(true)] out ScoringEngine? engine)
    {
        ArgumentNullException.ThrowIfNull(name);
        engine = _engines.TryGetValue(name, out var lazy) ? lazy.Value : null;
        return engine is not null;
    }

    private static ScoringEngine Build(string name, ScoringEngineRegistrationOptions options, IServiceProvider serviceProvider)
    {
        var builder = ScoringEngine.CreateBuilder();
        var context = new LeadershipModelBuilderContext(name, serviceProvider);
        foreach (var configure in options.ConfigureActions)
        {
            configure(builder, context);
        }

        try
        {
            return builder.Build();
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"The scoring engine '{name}' registered with AddLeadershipModel cannot be built. {ex.Message}", ex);
        }
    }
}
