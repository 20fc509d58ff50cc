using LeadershipModel.Instruments;
using LeadershipModel.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipModel.Extensions.DependencyInjection.Tests;

public sealed class LeadershipModelBuilderExtensionsTests
{
    private static readonly Instrument Small = TestInstruments.Small();

    [Fact]
    public void AddEnricherAndUseScaleScorer_FromTheContainer_BothShapeTheProfile()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISuggestionCatalog, SuggestionCatalog>();
        services.AddSingleton<MaxScorer>();
        services.AddLeadershipModel(b => b.AddInstrument(Small))
            .UseScaleScorer<MaxScorer>()
            .AddEnricher<DevelopmentSuggestionEnricher>();
        using var provider = services.BuildServiceProvider();

        var profile = provider.GetRequiredService<ScoringEngine>().Score(TestInstruments.Answers(Small)).Profile!;
        profile.GetDimension("alpha")!.Value.Position.Leadership.Should().Be(0.5, "the max scorer takes the largest of .25 and .5 (the mean would be .375)");
        profile.GetDimension("beta")!.Value.Position.Leadership.Should().Be(0.25);
        profile.Extensions.GetValueOrDefault(DevelopmentSuggestionEnricher.Suggestion).Should().Be("Develop beta");
        profile.Diagnostics.PluginFailures.Should().BeEmpty();
    }

    [Fact]
    public void AddEnricher_UnregisteredTypeWithDependency_IsCreatedWithTheContainersService()
    {
        var catalog = new RecordingCatalog();
        var services = new ServiceCollection();
        services.AddSingleton<ISuggestionCatalog>(catalog);
        services.AddLeadershipModel(b => b.AddInstrument(Small)).AddEnricher<DevelopmentSuggestionEnricher>();
        using var provider = services.BuildServiceProvider();

        var profile = provider.GetRequiredService<ScoringEngine>().Score(TestInstruments.Answers(Small)).Profile!;
        profile.Extensions.GetValueOrDefault(DevelopmentSuggestionEnricher.Suggestion).Should().Be("Recorded beta");
        catalog.Calls.Should().Be(1);
    }

    [Fact]
    public void AddObserver_RegisteredSingleton_IsTheInstanceTheEngineUses()
    {
        var services = new ServiceCollection();
        services.AddSingleton<RecordingObserver>();
        services.AddLeadershipModel(b => b.AddInstrument(Small)).AddObserver<RecordingObserver>();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ScoringEngine>().Score(TestInstruments.Answers(Small), 41);
        provider.GetRequiredService<RecordingObserver>().Scored.Should().Equal(41L);
    }

    [Fact]
    public void StepsFromTheContainer_AllReachTheEngine()
    {
        var services = new ServiceCollection();
        services.AddLeadershipModel(b => b.AddInstrument(Small))
            .AddResponseValidator<BlockedRespondentValidator>()
            .UseItemTransform<IgnoreKeyingTransform>()
            .UseProfileClassifier<FixedClassifier>()
            .UseNormProvider<NoNormProvider>();
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ScoringEngine>();

        var expected = ScoringEngine.CreateBuilder().AddInstrument(Small)
            .AddResponseValidator(new BlockedRespondentValidator())
            .UseItemTransform(new IgnoreKeyingTransform())
            .UseProfileClassifier(new FixedClassifier())
            .UseNormProvider(new NoNormProvider())
            .Build();
        engine.Fingerprint.Should().Be(expected.Fingerprint);

        var profile = engine.Score(TestInstruments.Answers(Small)).Profile!;
        profile.Overall.ProfileType.Should().Be("host-type");
        profile.GetDimension("alpha")!.Value.Position.Management.Should().Be(0.5, "AM2 = 2 is not reversed: mean(.75, .25)");
        var blocked = TestInstruments.Answers(Small) with { RespondentId = "blocked" };
        engine.Score(blocked).Rejection!.Reasons.Should().ContainSingle().Which.Message.Should().Contain("respondent is blocked");
    }

    [Fact]
    public void StepsAndCallbacks_RunInTheOrderAdded()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISuggestionCatalog, SuggestionCatalog>();
        services.AddLeadershipModel(b => b.AddInstrument(Small))
            .AddEnricher<CountingEnricher>()
            .Configure(b => b.AddEnricher("middle", _ => { }))
            .AddEnricher<DevelopmentSuggestionEnricher>();
        using var provider = services.BuildServiceProvider();

        var expected = ScoringEngine.CreateBuilder().AddInstrument(Small)
            .AddEnricher(new CountingEnricher())
            .AddEnricher("middle", _ => { })
            .AddEnricher(new DevelopmentSuggestionEnricher(new SuggestionCatalog()))
            .Build();
        var reordered = ScoringEngine.CreateBuilder().AddInstrument(Small)
            .AddEnricher(new DevelopmentSuggestionEnricher(new SuggestionCatalog()))
            .AddEnricher("middle", _ => { })
            .AddEnricher(new CountingEnricher())
            .Build();
        var engine = provider.GetRequiredService<ScoringEngine>();
        engine.Fingerprint.Should().Be(expected.Fingerprint);
        engine.Fingerprint.Should().NotBe(reordered.Fingerprint);
    }

    [Fact]
    public void AddEnricher_MissingDependency_ThrowsOnResolve()
    {
        var services = new ServiceCollection();
        services.AddLeadershipModel(b => b.AddInstrument(Small)).AddEnricher<DevelopmentSuggestionEnricher>();
        using var provider = services.BuildServiceProvider();
        FluentActions.Invoking(() => provider.GetRequiredService<ScoringEngine>()).Should().Throw<InvalidOperationException>().WithMessage("*ISuggestionCatalog*");
    }

    [Fact]
    public void Extensions_NullBuilder_Throw()
    {
        LeadershipModelBuilder builder = null!;
        FluentActions.Invoking(() => builder.AddEnricher<CountingEnricher>()).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.UseScaleScorer<MaxScorer>()).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddLeadershipModel(_ => { }).Configure((Action<ScoringEngineBuilder>)null!)).Should().Throw<ArgumentNullException>();
    }

    private sealed class RecordingCatalog : ISuggestionCatalog
    {
        public int Calls { get; private set; }

        public string SuggestionFor(string dimensionId)
        {
            Calls++;
            return $"Recorded {dimensionId}";
        }
    }
}
