using LeadershipModel.Instruments;
using LeadershipModel.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadershipModel.Extensions.DependencyInjection.Tests;

public sealed class LeadershipModelServiceCollectionExtensionsTests
{
    private static readonly Instrument Small = TestInstruments.Small();

    [Fact]
    public void AddLeadershipModel_ResolvesOneEngine_BuiltLazilyOnFirstResolve()
    {
        var runs = 0;
        var services = new ServiceCollection();
        services.AddLeadershipModel(b =>
        {
            runs++;
            b.AddInstrument(Small);
        });
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        runs.Should().Be(0, "the engine is built on first resolve");

        var engine = provider.GetRequiredService<ScoringEngine>();
        engine.Should().BeSameAs(provider.GetRequiredService<ScoringEngine>());
        engine.Should().BeSameAs(provider.GetRequiredService<ScoringEngineProvider>().GetEngine(ScoringEngineProvider.DefaultName));
        engine.Should().BeSameAs(provider.GetRequiredKeyedService<ScoringEngine>(ScoringEngineProvider.DefaultName));
        using (var scope = provider.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<ScoringEngine>().Should().BeSameAs(engine);
        }

        runs.Should().Be(1);
        engine.Score(TestInstruments.Answers(Small)).IsScored.Should().BeTrue();
    }

    [Fact]
    public void AddLeadershipModel_SecondCallForSameName_AddsItsStepsToOneEngine()
    {
        var services = new ServiceCollection();
        services.AddLeadershipModel("research", b => b.AddInstrument(Small));
        services.AddLeadershipModel("research", b => b.UseScaleScorer(new MaxScorer()).AddEnricher("second", a => a.Extensions.Set(new ExtensionKey<bool>("second"), true)));
        using var provider = services.BuildServiceProvider();

        var registry = provider.GetRequiredService<ScoringEngineProvider>();
        registry.EngineNames.Should().Equal("research");
        var profile = registry.GetEngine("research").Score(TestInstruments.Answers(Small)).Profile!;
        profile.GetDimension("alpha")!.Value.Position.Leadership.Should().Be(0.5, "the second call's scorer takes the largest of .25 and .5");
        profile.Extensions.GetValueOrDefault(new ExtensionKey<bool>("second")).Should().BeTrue();

        var expected = ScoringEngine.CreateBuilder().AddInstrument(Small).UseScaleScorer(new MaxScorer()).AddEnricher("second", _ => { }).Build();
        registry.GetEngine("research").Fingerprint.Should().Be(expected.Fingerprint, "both calls' steps are in the one engine");
    }

    [Fact]
    public void AddLeadershipModel_CalledTwice_RegistersEachServiceOnceAndAddsOnlyItsConfiguration()
    {
        var services = new ServiceCollection();
        services.AddLeadershipModel(b => b.AddInstrument(Small));
        var afterFirst = services.Count;
        var first = Snapshot(services);

        services.AddLeadershipModel(b => b.UseScaleScoring(ScaleScoringMethod.Sum));
        services.AddLeadershipModel((b, _) => b.UseScaleScoring(ScaleScoringMethod.Mean));

        services.Count.Should().Be(afterFirst + 2, "each further call adds one configure action and nothing else");
        var second = Snapshot(services);
        second.Where(kv => kv.Key != typeof(IConfigureOptions<ScoringEngineRegistrationOptions>))
            .Should().BeEquivalentTo(first.Where(kv => kv.Key != typeof(IConfigureOptions<ScoringEngineRegistrationOptions>)));
        second[typeof(IConfigureOptions<ScoringEngineRegistrationOptions>)].Should().Be(3);
        services.Count(d => d.ServiceType == typeof(ScoringEngine) && !d.IsKeyedService).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(ScoringEngine) && d.IsKeyedService).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(ScoringEngineProvider)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(ScoringEngineName)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IOptionsMonitor<>)).Should().Be(1);

        static Dictionary<Type, int> Snapshot(IServiceCollection services)
            => services.GroupBy(d => d.ServiceType).ToDictionary(g => g.Key, g => g.Count());
    }

    [Fact]
    public void AddLeadershipModel_AnotherName_AddsOnlyThatEnginesServices()
    {
        var services = new ServiceCollection();
        services.AddLeadershipModel(b => b.AddInstrument(Small));
        var before = services.Count;
        services.AddLeadershipModel("research", b => b.AddInstrument(Small));
        services.Count.Should().Be(before + 3, "a name marker, a keyed engine and a configure action");
        services.Count(d => d.ServiceType == typeof(ScoringEngine) && !d.IsKeyedService).Should().Be(1, "only the default engine is the unkeyed ScoringEngine");
    }

    [Fact]
    public void AddLeadershipModel_NamedEngines_AreIndependent()
    {
        var services = new ServiceCollection();
        services.AddLeadershipModel("practice", b => b.AddInstrument(Small));
        services.AddLeadershipModel("research", b => b.AddInstrument(Small)).UseScaleScorer<MaxScorer>();
        using var provider = services.BuildServiceProvider();

        var registry = provider.GetRequiredService<ScoringEngineProvider>();
        registry.EngineNames.Should().Equal("practice", "research");
        var practice = registry.GetEngine("practice");
        var research = provider.GetRequiredKeyedService<ScoringEngine>("research");
        research.Should().BeSameAs(registry.GetEngine("research"));
        practice.Should().NotBeSameAs(research);
        practice.Fingerprint.Should().NotBe(research.Fingerprint);
        practice.Score(TestInstruments.Answers(Small)).Profile!.GetDimension("alpha")!.Value.Position.Leadership.Should().Be(0.375);
        research.Score(TestInstruments.Answers(Small)).Profile!.GetDimension("alpha")!.Value.Position.Leadership.Should().Be(0.5);
        provider.GetService<ScoringEngine>().Should().BeNull("no default engine was registered");
    }

    [Fact]
    public void AddLeadershipModel_ResolvedFromEightThreads_BuildsOnceAndReturnsOneInstance()
    {
        var builds = 0;
        var services = new ServiceCollection();
        services.AddLeadershipModel(b =>
        {
            Interlocked.Increment(ref builds);
            Thread.Sleep(50);
            b.AddInstrument(Small);
        });
        using var provider = services.BuildServiceProvider();
        using var start = new Barrier(8);

        var engines = new ScoringEngine[8];
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            engines[i] = i % 2 == 0
                ? provider.GetRequiredService<ScoringEngine>()
                : provider.GetRequiredService<ScoringEngineProvider>().GetEngine(ScoringEngineProvider.DefaultName);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        engines.Should().AllSatisfy(e => e.Should().BeSameAs(engines[0]));
        builds.Should().Be(1);
    }

    [Fact]
    public void Resolve_NoInstrument_ThrowsBuildsClearErrorNamingTheEngine()
    {
        var services = new ServiceCollection();
        services.AddLeadershipModel(b => b.UseScaleScoring(ScaleScoringMethod.Sum));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ScoringEngine>();
        act.Should().Throw<InvalidOperationException>()
            .WithMessage("*'default'*no instrument was added*")
            .WithInnerException<InvalidOperationException>().WithMessage("The scoring engine cannot be built*");
        act.Should().Throw<InvalidOperationException>("a failed build stays failed");
    }

    [Fact]
    public void Resolve_SameInstrumentInBothCalls_ReportsItAddedTwice()
    {
        var services = new ServiceCollection();
        services.AddLeadershipModel(b => b.AddInstrument(Small));
        services.AddLeadershipModel(b => b.AddInstrument(Small));
        using var provider = services.BuildServiceProvider();
        FluentActions.Invoking(() => provider.GetRequiredService<ScoringEngine>()).Should().Throw<InvalidOperationException>().WithMessage("*added twice*");
    }

    [Fact]
    public void GetEngine_UnknownName_ThrowsNamingItAndTheRegisteredNames()
    {
        var services = new ServiceCollection();
        services.AddLeadershipModel(b => b.AddInstrument(Small));
        services.AddLeadershipModel("research", b => b.AddInstrument(Small));
        using var provider = services.BuildServiceProvider();
        var registry = provider.GetRequiredService<ScoringEngineProvider>();

        FluentActions.Invoking(() => registry.GetEngine("Research")).Should().Throw<InvalidOperationException>()
            .WithMessage("No scoring engine named 'Research' is registered; registered: 'default', 'research'.*");
        registry.TryGetEngine("nope", out var engine).Should().BeFalse();
        engine.Should().BeNull();
    }

    [Fact]
    public void Context_GivesEngineNameAndContainer()
    {
        var services = new ServiceCollection();
        services.Configure<ThresholdSettings>("research", s => s.Threshold = 0.3);
        string? seen = null;
        services.AddLeadershipModel("research", (b, context) =>
        {
            seen = context.EngineName;
            b.AddInstrument(context.ServiceProvider.GetRequiredService<Instrument>())
                .UseClassification(new ClassificationOptions { Threshold = context.GetOptions<ThresholdSettings>("research").Threshold });
        });
        services.AddSingleton(Small);
        using var provider = services.BuildServiceProvider();

        var profile = provider.GetRequiredService<ScoringEngineProvider>().GetEngine("research").Score(TestInstruments.Answers(Small)).Profile!;
        seen.Should().Be("research");
        profile.GetDimension("alpha")!.Value.Position.Threshold.Should().Be(0.3);
    }

    [Fact]
    public void AddLeadershipModel_InvalidArguments_Throw()
    {
        var services = new ServiceCollection();
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddLeadershipModel(_ => { })).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => services.AddLeadershipModel((Action<ScoringEngineBuilder>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => services.AddLeadershipModel((Action<ScoringEngineBuilder, LeadershipModelBuilderContext>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => services.AddLeadershipModel(" ", _ => { })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => services.AddLeadershipModel(null!, _ => { })).Should().Throw<ArgumentNullException>();
        services.Should().BeEmpty("nothing is registered when the arguments are invalid");
    }

    public sealed class ThresholdSettings
    {
        public double Threshold { get; set; } = 0.5;
    }
}
