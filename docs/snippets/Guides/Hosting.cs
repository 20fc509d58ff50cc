using LeadershipModel.Extensions.DependencyInjection;
using LeadershipModel.Instruments;
using LeadershipModel.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipModel.Snippets.Guides;

/// <summary>docs/hosting.md.</summary>
public static class HostingGuide
{
    public static (ScoringEngine Engine, CountingObserver Observer) Plugins(Instrument pulse)
    {
        #region di-plugins
        // The plug-ins of the engine guide, built by the container (a registered service, or a new instance whose
        // constructor arguments come from the container). The engine keeps them: register them as singletons.
        var services = new ServiceCollection();
        services.AddSingleton<CountingObserver>();
        services.AddLeadershipModel(engine => engine.AddInstrument(pulse))
            .UseScaleScorer<MedianScaleScorer>()
            .UseProfileClassifier<OrientationClassifier>()
            .AddEnricher<StrongestPoleEnricher>()
            .AddObserver<CountingObserver>();

        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ScoringEngine>();
        var observer = provider.GetRequiredService<CountingObserver>();   // the same instance the engine calls
        #endregion
        return (engine, observer);
    }
}
