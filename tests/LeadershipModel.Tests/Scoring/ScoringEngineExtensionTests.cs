using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Scoring;

namespace LeadershipModel.Tests.Scoring;

public sealed class ScoringEngineExtensionTests
{
    private static readonly Instrument Small = TestInstruments.Small();
    private static readonly ExtensionKey<string> Suggestion = new("suggestion");

    private static LeadershipModel.Responses.ResponseSet Set() => TestInstruments.AllAnswered(Small, 4, 2, 2, 3, 5, 5, 1, 2, 5, 4, 3, 1, 5);

    [Fact]
    public void Builder_AfterBuild_Throws()
    {
        var builder = ScoringEngine.CreateBuilder().AddInstrument(Small);
        builder.Build();
        var act = () => builder.AddInstrument(Small);
        act.Should().Throw<InvalidOperationException>().WithMessage("*already built*");
        var again = () => builder.Build();
        again.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Build_ListsEveryProblem()
    {
        var builder = ScoringEngine.CreateBuilder().AddInstrument(Small).AddInstrument(Small)
            .UseMissingData(new MissingDataOptions { Imputation = ImputationMethod.ItemMedian });
        var act = () => builder.Build();
        act.Should().Throw<InvalidOperationException>()
            .WithMessage("*added twice*")
            .WithMessage("*needs item statistics*");
    }

    [Fact]
    public void Build_NoInstrument_Throws() =>
        FluentActions.Invoking(() => ScoringEngine.CreateBuilder().Build()).Should().Throw<InvalidOperationException>().WithMessage("*no instrument*");

    [Fact]
    public void Build_ImputationWithIncompleteStatistics_NamesMissingItems()
    {
        var builder = ScoringEngine.CreateBuilder().AddInstrument(Small)
            .UseMissingData(new MissingDataOptions { Imputation = ImputationMethod.ItemMean, ItemStatistics = [new ItemStatistic("AM1", 3, 3)] });
        FluentActions.Invoking(builder.Build).Should().Throw<InvalidOperationException>().WithMessage("*missing: AM2, AL1*");
    }

    [Fact]
    public void Score_ItemMeanImputation_FillsFromStatistics()
    {
        var stats = Small.Items.Select(i => new ItemStatistic(i.Id, 4, 2)).ToEquatableArray();
        var set = TestInstruments.Answers(Small, Small.Items.Where(i => i.Id != "AL2").Select(i => (i.Id, (double?)3)).ToArray());
        var byMean = ScoringEngine.CreateBuilder().AddInstrument(Small).UseMissingData(new MissingDataOptions { Imputation = ImputationMethod.ItemMean, ItemStatistics = stats }).Build();
        var byMedian = ScoringEngine.CreateBuilder().AddInstrument(Small).UseMissingData(new MissingDataOptions { Imputation = ImputationMethod.ItemMedian, ItemStatistics = stats }).Build();
        // alpha L = mean(.5, (4-1)/4) = .625 with the mean; mean(.5, .25) = .375 with the median
        byMean.Score(set).Profile!.GetDimension("alpha")!.Position.Leadership.Should().Be(0.625);
        byMedian.Score(set).Profile!.GetDimension("alpha")!.Position.Leadership.Should().Be(0.375);
        byMean.Score(set).Profile!.GetDimension("alpha")!.Leadership!.ItemsAnswered.Should().Be(1, "imputed items are not counted as answered");
    }

    [Fact]
    public void Score_CustomScaleScorer_IsUsed()
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small).UseScaleScorer(new MaxScorer()).Build();
        var p = engine.Score(Set()).Profile!;
        p.GetDimension("alpha")!.Position.Leadership.Should().Be(0.5, "the largest of .25 and .5");
    }

    [Fact]
    public void Score_ScorerOutOfRange_RejectsNamingIt()
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small).UseScaleScorer(new BadScorer()).Build();
        var reason = engine.Score(Set()).Rejection!.Reasons.Single();
        reason.Code.Should().Be(RejectionCodes.PluginFailed);
        reason.Step.Should().Be(PipelineSteps.ScaleScoring);
        reason.Message.Should().Contain("'bad'");
    }

    [Fact]
    public void Score_CustomTransform_IsUsed()
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small).UseItemTransform(new IgnoreKeying()).Build();
        // AM2 = 2 is no longer reversed: alpha M = mean(.75, .25) = .5
        engine.Score(Set()).Profile!.GetDimension("alpha")!.Position.Management.Should().Be(0.5);
    }

    [Fact]
    public void Score_Enricher_AddsTypedResult()
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small)
            .AddEnricher("development", a =>
            {
                var lowest = a.Profile.Dimensions.MinBy(d => d.Position.Leadership ?? 1)!;
                a.Extensions.Set(Suggestion, $"Develop {lowest.DimensionId}");
            })
            .Build();
        var p = engine.Score(Set()).Profile!;
        p.Extensions.GetValueOrDefault(Suggestion).Should().Be("Develop beta");
        p.Diagnostics.PluginFailures.Should().BeEmpty();
    }

    [Fact]
    public void Score_FailingEnricher_IsReportedAndLeavesNothingBehind()
    {
        var observer = new RecordingObserver();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small)
            .AddEnricher("half-done", a =>
            {
                a.Extensions.Set(Suggestion, "partial");
                throw new InvalidOperationException("crashed");
            })
            .AddEnricher("fine", a => a.Extensions.Set(new ExtensionKey<int>("answered"), a.Profile.Diagnostics.ItemsAnswered))
            .AddObserver(observer)
            .Build();
        var plain = ScoringEngine.CreateBuilder().AddInstrument(Small).Build().Score(Set()).Profile!;
        var p = engine.Score(Set()).Profile!;
        p.Extensions.TryGet(Suggestion, out _).Should().BeFalse();
        p.Extensions.GetValueOrDefault(new ExtensionKey<int>("answered")).Should().Be(13);
        p.Diagnostics.PluginFailures.Should().ContainSingle().Which.Should().Be(new PluginFailure("half-done", PipelineSteps.Enrichment, "InvalidOperationException: crashed"));
        p.Dimensions.Should().Equal(plain.Dimensions);
        p.Overall.Should().Be(plain.Overall);
        observer.Failures.Should().ContainSingle().Which.Should().Be("half-done");
    }

    [Fact]
    public void Score_Observers_SeeEveryEventAndFailingOnesAreReported()
    {
        var observer = new RecordingObserver();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small).AddObserver(new ThrowingObserver()).AddObserver(observer).Build();
        var scored = engine.Score(Set(), 7);
        var rejected = engine.Score(LeadershipModel.Responses.ResponseSet.Create("nope", "1", "r2", []), 8);
        observer.Scored.Should().Equal(7L);
        observer.Rejected.Should().Equal(8L);
        observer.Failures.Should().Equal("thrower", "thrower");
        scored.Profile!.Diagnostics.PluginFailures.Should().ContainSingle().Which.PluginName.Should().Be("thrower");
        rejected.Rejection!.Reasons.Single().Code.Should().Be(RejectionCodes.UnknownInstrument);
    }

    [Fact]
    public void Score_FailingClassifier_KeepsScoresAndReportsIt()
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small).UseProfileClassifier(new ThrowingClassifier()).Build();
        var p = engine.Score(Set()).Profile!;
        p.Overall.ProfileType.Should().BeNull();
        p.Overall.Quadrant.Should().Be(Quadrant.Manager);
        p.Diagnostics.PluginFailures.Single().Step.Should().Be(PipelineSteps.Classification);
    }

    [Fact]
    public void Score_Threshold_ChangesQuadrants()
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small).UseClassification(new ClassificationOptions { Threshold = 0.3 }).Build();
        var p = engine.Score(Set()).Profile!;
        p.GetDimension("alpha")!.Position.Quadrant.Should().Be(Quadrant.Integrator, "L = .375 is high at threshold .3");
        p.GetDimension("alpha")!.Position.Threshold.Should().Be(0.3);
    }

    [Fact]
    public void Score_Norms_GivesPercentilesAndTScores()
    {
        var table = NormTable.Create("test", "Test norms", 200,
        [
            NormIndex.Create(IndexIds.Management, 200, [new NormPoint(0.25, 10), new NormPoint(0.875, 60), new NormPoint(1, 90)]),
            NormIndex.Create(IndexIds.ForDimension("alpha", IndexIds.Leadership), 200, [new NormPoint(0, 0), new NormPoint(0.5, 50)], mean: 0.5, standardDeviation: 0.2, reliability: 0.75),
        ]);
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small).UseNorms(table).Build();
        var p = engine.Score(Set()).Profile!;
        var m = p.GetNorm(IndexIds.Management)!;
        m.Percentile.Should().Be(60);
        m.TScore.Should().BeApproximately(52.533471, 1e-5);
        p.GetNorm("alpha/leadership")!.Percentile.Should().BeApproximately(37.5, 1e-12);
        p.GetNorm(IndexIds.Leadership).Should().BeNull("the table does not norm it");
        p.GetDimension("alpha")!.Leadership!.StandardError.Should().BeApproximately(0.1, 1e-15, "the norm sample gives SD .2 and reliability .75");
    }

    [Fact]
    public void UseDiagnostics_LongRunShare_SetsWhereARunIsFlagged()
    {
        // Thirteen items, the first six answered 3: a run of 6, under the default limit of ceil(.5 * 13) = 7.
        var set = TestInstruments.AllAnswered(Small, 3, 3, 3, 3, 3, 3, 1, 5, 1, 5, 1, 5, 1);
        var byDefault = ScoringEngine.CreateBuilder().AddInstrument(Small).Build().Score(set).Profile!;
        var strict = ScoringEngine.CreateBuilder().AddInstrument(Small).UseDiagnostics(new DiagnosticsOptions { LongRunShare = 0.4 }).Build().Score(set).Profile!;
        byDefault.Diagnostics.LongestRun.Should().Be(6);
        byDefault.Diagnostics.Flags.Should().NotContain(f => f.Code == DiagnosticCodes.LongRun);
        strict.Diagnostics.Flags.Should().ContainSingle(f => f.Code == DiagnosticCodes.LongRun).Which.Message.Should().Contain("the limit is 6");
    }

    [Fact]
    public void Fingerprint_IsStableAndReflectsOptions()
    {
        var a = ScoringEngine.CreateBuilder().AddInstrument(Small).Build();
        var b = ScoringEngine.CreateBuilder().AddInstrument(TestInstruments.Small()).Build();
        var c = ScoringEngine.CreateBuilder().AddInstrument(Small).UseMissingData(new MissingDataOptions { MinimumAnsweredShare = 0.75 }).Build();
        a.Fingerprint.Should().Be(b.Fingerprint);
        a.Fingerprint.Should().NotBe(c.Fingerprint);
        a.Score(Set()).Profile!.Provenance.OptionsFingerprint.Should().Be(a.Fingerprint);
    }

    private sealed class MaxScorer : IScaleScorer
    {
        public string Name => "max";

        public double Score(in ScaleScoringArguments arguments)
        {
            var max = double.NaN;
            foreach (var v in arguments.Values.Span)
            {
                max = double.IsNaN(max) || v > max ? v : max;
            }

            return max;
        }
    }

    private sealed class BadScorer : IScaleScorer
    {
        public string Name => "bad";

        public double Score(in ScaleScoringArguments arguments) => 2;
    }

    private sealed class IgnoreKeying : IItemTransform
    {
        public string Name => "ignore-keying";

        public double Transform(in ItemTransformArguments arguments) => arguments.Scale.ToUnit(arguments.RawValue);
    }

    private sealed class ThrowingClassifier : IProfileClassifier
    {
        public string Name => "throwing";

        public string? Classify(in ClassificationArguments arguments) => throw new InvalidOperationException("no");
    }

    private sealed class ThrowingObserver : ScoringObserver
    {
        public override string Name => "thrower";

        public override void OnScored(in ProfileScoredArguments arguments) => throw new InvalidOperationException("observer down");

        public override void OnRejected(in ResponseRejectedArguments arguments) => throw new InvalidOperationException("observer down");
    }

    private sealed class RecordingObserver : ScoringObserver
    {
        public List<long> Scored { get; } = [];

        public List<long> Rejected { get; } = [];

        public List<string> Failures { get; } = [];

        public override void OnScored(in ProfileScoredArguments arguments) => Scored.Add(arguments.Index);

        public override void OnRejected(in ResponseRejectedArguments arguments) => Rejected.Add(arguments.Rejection.Index);

        public override void OnPluginFailed(in PluginFailedArguments arguments) => Failures.Add(arguments.Failure.PluginName);
    }
}
