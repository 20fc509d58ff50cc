using LeadershipModel.Instruments;
using LeadershipModel.Scoring;

namespace LeadershipModel.Tests.Scoring;

/// <summary>Profiles computed by hand from the arithmetic in ARCHITECTURE.md ("The arithmetic").</summary>
public sealed class ScoringEngineGoldenTests
{
    private static ScoringEngine Engine(Instrument instrument) => ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();

    [Fact]
    public void Score_SmallInstrument_MatchesHandComputation()
    {
        var instrument = TestInstruments.Small();
        // AM1 AM2(rev) AL1 AL2 BM1 BM2 BL1 BL2 R1 R2 R3 S1 S2
        var set = TestInstruments.AllAnswered(instrument, 4, 2, 2, 3, 5, 5, 1, 2, 5, 4, 3, 1, 5);
        var result = Engine(instrument).Score(set);

        result.IsScored.Should().BeTrue();
        var p = result.Profile!;
        // alpha: M = mean((4-1)/4, (5+1-2-1)/4) = mean(.75, .75) = .75; L = mean(.25, .5) = .375
        var alpha = p.GetDimension("alpha")!;
        alpha.Position.Management.Should().BeApproximately(0.75, 1e-15);
        alpha.Position.Leadership.Should().BeApproximately(0.375, 1e-15);
        alpha.Position.Orientation.Should().BeApproximately(-0.375, 1e-15);
        alpha.Position.Integration.Should().BeApproximately(Math.Sqrt(0.75 * 0.375), 1e-15);
        alpha.Position.Quadrant.Should().Be(Quadrant.Manager);
        alpha.Management!.RawScore.Should().BeApproximately(4, 1e-15);
        // beta: M = 1, L = mean(0, .25) = .125
        var beta = p.GetDimension("beta")!;
        beta.Position.Management.Should().Be(1);
        beta.Position.Leadership.Should().BeApproximately(0.125, 1e-15);
        beta.Position.Quadrant.Should().Be(Quadrant.Manager);
        // overall
        p.Overall.Management.Should().BeApproximately(0.875, 1e-15);
        p.Overall.Leadership.Should().BeApproximately(0.25, 1e-15);
        p.Overall.Orientation.Should().BeApproximately((-0.375 - 0.875) / 2, 1e-15);
        p.Overall.Integration.Should().BeApproximately((Math.Sqrt(0.75 * 0.375) + Math.Sqrt(0.125)) / 2, 1e-15);
        p.Overall.Quadrant.Should().Be(Quadrant.Manager);
        p.Overall.ProfileType.Should().Be("Manager");
        p.Overall.DimensionsScored.Should().Be(2);
        // referent = mean(1, .75, .5) = .75: only character measured, so the share is absent
        p.Authority!.GetStrength(PowerBase.Referent).Should().BeApproximately(0.75, 1e-15);
        p.Authority.PrimarySource.Should().Be(AuthoritySource.Character);
        p.Authority.FollowerConferredShare.Should().BeNull();
        p.Authority.ExpectedOutcome!.Commitment.Should().BeApproximately(0.75, 1e-12);
        // construct safety = mean(0, 1) = .5
        p.Constructs.Should().ContainSingle().Which.Score.Should().Be(0.5);
        p.Scales.Select(x => x.Target.Key).Should().Equal("alpha/management", "alpha/leadership", "beta/management", "beta/leadership", "base/referent", "construct/safety");
        p.Diagnostics.ItemsAnswered.Should().Be(13);
        p.Diagnostics.LongestRun.Should().Be(2);
        p.Provenance.InstrumentId.Should().Be("small");
        p.Provenance.OptionsFingerprint.Should().HaveLength(16);
    }

    [Fact]
    public void Score_BothPolesHigh_IsIntegrator()
    {
        var instrument = TestInstruments.Small();
        var set = TestInstruments.AllAnswered(instrument, 5, 1, 5, 5, 4, 4, 4, 5, 3, 3, 3, 3, 3);
        var p = Engine(instrument).Score(set).Profile!;
        p.GetDimension("alpha")!.Position.Quadrant.Should().Be(Quadrant.Integrator);
        p.GetDimension("alpha")!.Position.Integration.Should().Be(1);
        p.GetDimension("beta")!.Position.Management.Should().Be(0.75);
        p.GetDimension("beta")!.Position.Leadership.Should().Be(0.875);
        p.GetDimension("beta")!.Position.Quadrant.Should().Be(Quadrant.Integrator);
        p.Overall.Quadrant.Should().Be(Quadrant.Integrator);
        p.Overall.Integration.Should().BeApproximately((1 + Math.Sqrt(0.75 * 0.875)) / 2, 1e-15);
    }

    [Fact]
    public void Score_BipolarOnly_HasOrientationAndNoIntegration()
    {
        var instrument = TestInstruments.BipolarOnly();
        // 7-point: A1 = 7 → 1; A2 reversed 2 → 6 → 5/6; mean 11/12 → O = 2·11/12 − 1 = 5/6
        var set = TestInstruments.AllAnswered(instrument, 7, 2, 1, 4);
        var p = Engine(instrument).Score(set).Profile!;
        var alpha = p.GetDimension("alpha")!;
        alpha.Position.Orientation.Should().BeApproximately(5.0 / 6, 1e-15);
        alpha.Position.Integration.Should().BeNull();
        alpha.Position.Quadrant.Should().BeNull();
        alpha.Position.Management.Should().BeNull();
        // beta: mean(0, .5) = .25 → O = −.5
        p.GetDimension("beta")!.Position.Orientation.Should().BeApproximately(-0.5, 1e-15);
        p.Overall.Integration.Should().BeNull();
        p.Overall.Management.Should().BeNull();
        p.Overall.Quadrant.Should().BeNull();
        p.Overall.ProfileType.Should().BeNull();
        p.Overall.Orientation.Should().BeApproximately((5.0 / 6 - 0.5) / 2, 1e-15);
        p.Authority.Should().BeNull();
    }

    [Fact]
    public void Score_WeightedMean_UsesItemWeights()
    {
        var instrument = TestInstruments.Small(betaWeight: 3);
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).UseScaleScoring(ScaleScoringMethod.WeightedMean).Build();
        var set = TestInstruments.AllAnswered(instrument, 3, 3, 3, 3, 1, 5, 3, 3, 3, 3, 3, 3, 3);
        // beta M = (1·0 + 3·1) / 4 = .75
        engine.Score(set).Profile!.GetDimension("beta")!.Position.Management.Should().Be(0.75);
        // the mean scorer ignores weights
        Engine(instrument).Score(set).Profile!.GetDimension("beta")!.Position.Management.Should().Be(0.5);
    }

    [Fact]
    public void Score_SumMethod_ReportsProratedSumAsRawScore()
    {
        var instrument = TestInstruments.Small();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).UseScaleScoring(ScaleScoringMethod.Sum).Build();
        var set = TestInstruments.Answers(instrument, ("R1", 5), ("R2", 4), ("R3", null), ("AM1", 3), ("AM2", 3), ("AL1", 3), ("AL2", 3), ("BM1", 3), ("BM2", 3), ("BL1", 3), ("BL2", 3));
        var referent = engine.Score(set).Profile!.Scales.Single(s => s.Target.Kind == ItemTargetKind.PowerBase);
        referent.Score.Should().BeApproximately(0.875, 1e-15);
        referent.RawScore.Should().BeApproximately(4.5 * 3, 1e-12, "the prorated sum of three items with mean 4.5");
        referent.ItemsAnswered.Should().Be(2);
    }

    [Fact]
    public void Score_ReliabilityKnown_CarriesSemAndFlagsBorderline()
    {
        var target = ItemTarget.ForPole("alpha", PoleKind.Leadership);
        var instrument = TestInstruments.Small(reliabilities: [new ScaleReliability(target, 0.75, 0.2)]);
        // alpha L = mean(.5, .5) = .5 exactly at the threshold; SEM = .2 · √.25 = .1
        var set = TestInstruments.AllAnswered(instrument, 1, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        var p = Engine(instrument).Score(set).Profile!;
        var alpha = p.GetDimension("alpha")!;
        alpha.Leadership!.StandardError.Should().BeApproximately(0.1, 1e-15);
        alpha.IsBorderline.Should().BeTrue();
        p.GetDimension("beta")!.IsBorderline.Should().BeFalse("no reliability is known for beta");
        p.Diagnostics.Flags.Should().Contain(f => f.Code == DiagnosticCodes.Borderline);
        alpha.IsWeak.Should().BeTrue("two-item poles are weak");
        p.Diagnostics.Flags.Should().Contain(f => f.Code == DiagnosticCodes.WeakScale);
    }

    [Fact]
    public void Score_LongRunOfIdenticalAnswers_IsFlagged()
    {
        var instrument = TestInstruments.Small();
        var set = TestInstruments.AllAnswered(instrument, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2);
        var p = Engine(instrument).Score(set).Profile!;
        p.Diagnostics.LongestRun.Should().Be(12);
        p.Diagnostics.Flags.Should().Contain(f => f.Code == DiagnosticCodes.LongRun);
        p.Diagnostics.ResponseVariability.Should().BeApproximately(Math.Sqrt((12 * Math.Pow(3 - 38.0 / 13, 2) + Math.Pow(2 - 38.0 / 13, 2)) / 12), 1e-12);
    }
}
