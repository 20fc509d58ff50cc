using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;
using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using static LeadershipModel.Analysis.Tests.Simulation.SimulationInstruments;

namespace LeadershipModel.Analysis.Tests.Simulation;

public sealed class ResponseSimulatorTests
{
    private static readonly ResponseScale Continuous = ResponseScale.Create(0, 100, integerOnly: false);

    [Fact]
    public void Simulate_SameSeed_GivesEqualSamples()
    {
        var options = new SimulationOptions { Seed = 9, TargetCount = 50, MissingRate = 0.1, Raters = [new RaterGroup(RaterRole.Self), new RaterGroup(RaterRole.Peer, 2, noiseStandardDeviation: 0.5)] };

        var a = ResponseSimulator.Simulate(Mixed(), options);
        var b = ResponseSimulator.Simulate(Mixed(), options);

        a.ResponseSets.Should().Equal(b.ResponseSets);
        a.Targets.Should().Equal(b.Targets);
    }

    [Fact]
    public void Simulate_DifferentSeed_GivesDifferentAnswers()
    {
        var a = ResponseSimulator.Simulate(Mixed(), new SimulationOptions { Seed = 1, TargetCount = 20 });
        var b = ResponseSimulator.Simulate(Mixed(), new SimulationOptions { Seed = 2, TargetCount = 20 });

        a.ResponseSets.Should().NotEqual(b.ResponseSets);
    }

    [Fact]
    public void Simulate_MoreTargets_LeavesEarlierTargetsUnchanged()
    {
        var small = ResponseSimulator.Simulate(Mixed(), new SimulationOptions { Seed = 4, TargetCount = 9 });
        var large = ResponseSimulator.Simulate(Mixed(), new SimulationOptions { Seed = 4, TargetCount = 30 });

        // Ids are padded to the width of the count, so compare the scores.
        small.Targets.Select(t => t.TrueScores).Should().Equal(large.Targets.Take(9).Select(t => t.TrueScores));
        small.ResponseSets.Select(s => s.Answers).Should().Equal(large.ResponseSets.Take(9).Select(s => s.Answers));
    }

    [Fact]
    public void Simulate_DefaultOptions_HundredSelfRatingsOnTheScale()
    {
        var instrument = Mixed();

        var sample = ResponseSimulator.Simulate(instrument);

        sample.Targets.Should().HaveCount(100);
        sample.ResponseSets.Should().HaveCount(100);
        sample.ResponseSets.Should().OnlyContain(s => s.Role == RaterRole.Self && s.RespondentId == s.TargetId && s.InstrumentId == "mixed" && s.InstrumentVersion == "2.0");
        sample.ResponseSets.SelectMany(s => s.Answers).Should().OnlyContain(a => a.Value != null && instrument.Scale.Contains(a.Value.Value));
        sample.ResponseSets[0].Answers.Select(a => a.ItemId).Should().Equal(instrument.Items.Select(i => i.Id));
        sample.Targets[0].Id.Should().Be("T001");
        sample.Targets[99].Id.Should().Be("T100");
    }

    [Fact]
    public void Simulate_GradedResponseOnContinuousScale_Throws()
    {
        var act = () => ResponseSimulator.Simulate(Constructs(1, 3, Continuous));

        act.Should().Throw<ArgumentException>().WithMessage("*integer scale*");
    }

    [Fact]
    public void Simulate_TauEquivalentOnIntegerScale_GivesWholeNumbersOnTheScale()
    {
        var instrument = Mixed(ResponseScale.Likert(7));

        var sample = ResponseSimulator.Simulate(instrument, new SimulationOptions { Model = ResponseModel.TauEquivalent, TargetCount = 300 });

        var values = sample.ResponseSets.SelectMany(s => s.Answers).Select(a => a.Value!.Value).ToList();
        values.Should().OnlyContain(v => instrument.Scale.Contains(v));
        values.Distinct().Should().HaveCount(7);
    }

    [Fact]
    public void Simulate_360Design_OrdersSetsByTargetThenRole()
    {
        var options = new SimulationOptions
        {
            TargetCount = 2,
            Raters = [new RaterGroup(RaterRole.Peer, 2), new RaterGroup(RaterRole.Self), new RaterGroup(RaterRole.Manager), new RaterGroup(RaterRole.Other, 0)],
        };

        var sample = ResponseSimulator.Simulate(Mixed(), options);

        sample.ResponseSets.Select(s => s.RespondentId).Should().Equal(
            "T1", "T1-manager-1", "T1-peer-1", "T1-peer-2", "T2", "T2-manager-1", "T2-peer-1", "T2-peer-2");
        sample.ResponseSets.Select(s => s.EffectiveTargetId).Should().Equal("T1", "T1", "T1", "T1", "T2", "T2", "T2", "T2");
        sample.ResponseSets.Select(s => s.Role).Should().Equal(
            RaterRole.Self, RaterRole.Manager, RaterRole.Peer, RaterRole.Peer, RaterRole.Self, RaterRole.Manager, RaterRole.Peer, RaterRole.Peer);
    }

    [Fact]
    public void Simulate_MissingRate_BlanksThatShareAndKeepsTheOtherAnswers()
    {
        var complete = ResponseSimulator.Simulate(Mixed(), new SimulationOptions { Seed = 3, TargetCount = 1000 });
        var holed = ResponseSimulator.Simulate(Mixed(), new SimulationOptions { Seed = 3, TargetCount = 1000, MissingRate = 0.2 });

        var pairs = complete.ResponseSets.SelectMany(s => s.Answers).Zip(holed.ResponseSets.SelectMany(s => s.Answers)).ToList();
        pairs.Count(p => p.Second.Value is null).Should().BeInRange((int)(0.19 * pairs.Count), (int)(0.21 * pairs.Count));
        pairs.Where(p => p.Second.Value is not null).Should().OnlyContain(p => p.First.Value == p.Second.Value);
    }

    [Fact]
    public void Simulate_Traits_CoverPolesOrientationBasesAndConstructs()
    {
        var sample = ResponseSimulator.Simulate(Mixed(), new SimulationOptions { TargetCount = 3 });

        sample.Traits.Select(t => t.Key).Should().Equal(
            "alpha/management", "alpha/leadership", "alpha", "beta/management", "beta/leadership", "beta", "base/referent", "construct/safety");
        foreach (var target in sample.Targets)
        {
            var s = target.TrueScores;
            s[2].Should().BeApproximately((s[1] - s[0]) / Math.Sqrt(2), 1e-12);
        }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(-0.4)]
    public void Simulate_PoleCorrelation_AppearsInTrueScores(double rho)
    {
        var options = new SimulationOptions
        {
            TargetCount = 4000,
            Population = new LatentPopulation { PoleCorrelation = rho, Leadership = new LatentDistribution(0.5, 2) },
        };

        var sample = ResponseSimulator.Simulate(Mixed(), options);

        var m = sample.GetTrueScores(ItemTarget.ForPole("alpha", PoleKind.Management));
        var l = sample.GetTrueScores(ItemTarget.ForPole("alpha", PoleKind.Leadership));
        Correlation(m, l).Should().BeApproximately(rho, 0.05);
        l.Average().Should().BeApproximately(0.5, 0.1);
        Math.Sqrt(l.Select(x => (x - l.Average()) * (x - l.Average())).Average()).Should().BeApproximately(2, 0.08);
    }

    [Fact]
    public void Simulate_PositivePoleCorrelation_MakesMoreIntegrators()
    {
        static int Integrators(double rho)
        {
            var sample = ResponseSimulator.Simulate(Mixed(), new SimulationOptions { TargetCount = 2000, Population = new LatentPopulation { PoleCorrelation = rho } });
            var m = sample.GetTrueScores(ItemTarget.ForPole("alpha", PoleKind.Management));
            var l = sample.GetTrueScores(ItemTarget.ForPole("alpha", PoleKind.Leadership));
            return m.Zip(l).Count(p => p.First > 0 && p.Second > 0);
        }

        // Both above the median: a quarter when independent, about a third at ρ = 0.5, a sixth at ρ = −0.5.
        Integrators(0.5).Should().BeInRange(600, 730);
        Integrators(-0.5).Should().BeInRange(270, 400);
    }

    // (a) Recovery of a built-in reliability: alpha within 3 ase of ρ.
    [Theory]
    [InlineData(1UL, 3, 0.7)]
    [InlineData(2UL, 5, 0.8)]
    [InlineData(3UL, 10, 0.9)]
    [InlineData(4UL, 4, 0.6)]
    [InlineData(5UL, 8, 0.75)]
    [InlineData(6UL, 2, 0.8)]
    public void Simulate_TauEquivalentContinuous_AlphaWithinThreeAseOfReliability(ulong seed, int items, double rho)
    {
        var sample = ResponseSimulator.Simulate(Constructs(1, items, Continuous), new SimulationOptions
        {
            Seed = seed,
            TargetCount = 2000,
            Model = ResponseModel.TauEquivalent,
            Reliability = rho,
            Spread = 12,
            Population = new LatentPopulation { Construct = new LatentDistribution(0.3, 1.4) },
        });

        var alpha = ReliabilityAnalysis.Alpha(sample.ToMatrix(), sample.GetScaleKeys()[0]);

        alpha.RawAlpha!.Value.Should().BeApproximately(rho, 3 * alpha.StandardError!.Value);
    }

    // (b) Estimated scores correlate with the truth as the reliability index √ρ says.
    [Theory]
    [InlineData(11UL, 3, 0.7)]
    [InlineData(12UL, 6, 0.85)]
    [InlineData(13UL, 10, 0.6)]
    public void Simulate_TauEquivalentContinuous_ScoresCorrelateWithTruthAtLeastSqrtRho(ulong seed, int items, double rho)
    {
        const int n = 2000;
        var sample = ResponseSimulator.Simulate(Constructs(2, items, Continuous), new SimulationOptions
        {
            Seed = seed,
            TargetCount = n,
            Model = ResponseModel.TauEquivalent,
            Reliability = rho,
            Spread = 12,
        });

        var scored = ScaleScoring.ScoreItems(sample.ToMatrix(), sample.GetScaleKeys());

        for (var s = 0; s < 2; s++)
        {
            var truth = sample.GetTrueScores(ItemTarget.ForConstruct($"c{s + 1}"));
            var scores = scored.GetScaleScores($"construct/c{s + 1}").Select(x => x!.Value).ToArray();
            var r = Correlation(scores, truth);
            r.Should().BeGreaterThanOrEqualTo(Math.Sqrt(rho) - (3 / Math.Sqrt(n - 3)));
            r.Should().BeLessThanOrEqualTo(Math.Sqrt(rho) + (3 / Math.Sqrt(n - 3)));
        }
    }

    // (b) through the engine: profile M and L of the canonical instrument track the true pole scores.
    [Fact]
    public void Simulate_CanonicalFull_EngineScoresAllAndProfilesTrackTruth()
    {
        var instrument = CanonicalInstruments.Full;
        var sample = ResponseSimulator.Simulate(instrument, new SimulationOptions { Seed = 21, TargetCount = 1000, MissingRate = 0.02 });
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();

        var batch = engine.ScoreBatch(sample.ResponseSets);

        batch.Rejections.Should().BeEmpty();
        batch.Profiles.Should().HaveCount(1000);
        foreach (var dimension in instrument.Dimensions.Take(5))
        {
            var pairs = batch.Profiles
                .Select(p => (Estimate: p.GetDimension(dimension.Id)!.Value.Leadership?.Score, Truth: sample.GetTrueScore(p.TargetId, ItemTarget.ForPole(dimension.Id, PoleKind.Leadership))))
                .Where(p => p.Estimate is not null)
                .ToArray();
            pairs.Length.Should().BeGreaterThan(990);
            Correlation(pairs.Select(p => p.Estimate!.Value).ToArray(), pairs.Select(p => p.Truth).ToArray()).Should().BeGreaterThan(0.75, dimension.Id);
        }
    }

    // (c) Graded-response data: scores rise with θ; reversed items fall with it.
    [Fact]
    public void Simulate_GradedResponse_MeanScoreRisesAcrossLatentQuintiles()
    {
        var sample = ResponseSimulator.Simulate(Constructs(1, 6, ResponseScale.Default), new SimulationOptions { Seed = 31, TargetCount = 3000 });
        var scores = ScaleScoring.ScoreItems(sample.ToMatrix(), sample.GetScaleKeys()).GetScaleScores("construct/c1").Select(x => x!.Value).ToArray();
        var truth = sample.GetTrueScores(ItemTarget.ForConstruct("c1"));

        var order = Enumerable.Range(0, truth.Length).OrderBy(i => truth[i]).ToArray();
        var quintileMeans = Enumerable.Range(0, 5).Select(q => order.Skip(q * 600).Take(600).Average(i => scores[i])).ToArray();

        quintileMeans[4].Should().BeGreaterThan(quintileMeans[0]);
        quintileMeans.Should().BeInAscendingOrder();
        quintileMeans[4].Should().BeGreaterThan(quintileMeans[0] + 1.5);
    }

    [Fact]
    public void Simulate_GradedResponse_ReversedItemsCorrelateNegativelyWithTheirLatent()
    {
        var sample = ResponseSimulator.Simulate(Constructs(1, 6, ResponseScale.Default), new SimulationOptions { Seed = 32, TargetCount = 2000 });
        var matrix = sample.ToMatrix();
        var truth = sample.GetTrueScores(ItemTarget.ForConstruct("c1"));

        double Raw(string item) => Correlation(Enumerable.Range(0, matrix.RespondentCount).Select(r => matrix.GetValue(r, item)).ToArray(), truth);

        // c1_2 and c1_5 are reverse-keyed.
        Raw("c1_2").Should().BeLessThan(-0.5);
        Raw("c1_5").Should().BeLessThan(-0.5);
        Raw("c1_1").Should().BeGreaterThan(0.5);
        Raw("c1_3").Should().BeGreaterThan(0.5);
    }

    [Fact]
    public void Simulate_GradedResponse_CategoryShareFollowsThresholds()
    {
        // θ ~ N(0, 1), a huge discrimination: answers are the latent cut at the thresholds ±0.5, ±1.5 (Spread 2).
        var sample = ResponseSimulator.Simulate(Constructs(1, 1, ResponseScale.Default), new SimulationOptions { Seed = 33, TargetCount = 5000, Discrimination = 1000 });

        var answers = sample.ResponseSets.Select(s => s.Answers[0].Value!.Value).ToArray();
        var share = Enumerable.Range(1, 5).Select(c => answers.Count(a => a == c) / 5000.0).ToArray();

        // Φ(−1.5) = .0668, Φ(−0.5) − Φ(−1.5) = .2417, Φ(0.5) − Φ(−0.5) = .3829.
        share[0].Should().BeApproximately(0.0668, 0.012);
        share[1].Should().BeApproximately(0.2417, 0.02);
        share[2].Should().BeApproximately(0.3829, 0.02);
        share[3].Should().BeApproximately(0.2417, 0.02);
        share[4].Should().BeApproximately(0.0668, 0.012);
    }

    // (d) 360: the simulated self-enhancement shows in the self–other gap.
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.0)]
    public void Simulate_SelfBias_ShowsInSelfOtherGap(double bias)
    {
        var options = new SimulationOptions
        {
            Seed = 41,
            TargetCount = 1000,
            Model = ResponseModel.TauEquivalent,
            Spread = 12,
            Raters =
            [
                new RaterGroup(RaterRole.Self, bias: bias),
                new RaterGroup(RaterRole.Peer, 3, leniencyStandardDeviation: 0.2, noiseStandardDeviation: 0.3),
                new RaterGroup(RaterRole.DirectReport, 3, noiseStandardDeviation: 0.3),
            ],
        };
        var sample = ResponseSimulator.Simulate(Constructs(1, 4, Continuous), options);
        var matrix = sample.ToMatrix();
        var scores = ScaleScoring.ScoreItems(matrix, sample.GetScaleKeys(), new ScoreItemsOptions { Min = 0, Max = 100 }).GetScaleScores("construct/c1");

        var self = Enumerable.Range(0, matrix.RespondentCount).Where(i => matrix.Respondents[i].Role == RaterRole.Self).Average(i => scores[i]!.Value);
        var others = Enumerable.Range(0, matrix.RespondentCount).Where(i => matrix.Respondents[i].Role != RaterRole.Self).Average(i => scores[i]!.Value);

        // A latent shift of b moves every keyed answer by h·b/Spread = 50·b/12.
        (self - others).Should().BeApproximately(50 * bias / 12, 0.4);
    }

    [Fact]
    public void Simulate_RaterNoise_LowersAgreementWithTruth()
    {
        var options = new SimulationOptions
        {
            Seed = 42,
            TargetCount = 1500,
            Raters = [new RaterGroup(RaterRole.Self), new RaterGroup(RaterRole.Peer, 1, noiseStandardDeviation: 1.5)],
        };
        var sample = ResponseSimulator.Simulate(Constructs(1, 6, ResponseScale.Default), options);
        var matrix = sample.ToMatrix();
        var scores = ScaleScoring.ScoreItems(matrix, sample.GetScaleKeys()).GetScaleScores("construct/c1");
        var truth = sample.GetTrueScores(ItemTarget.ForConstruct("c1"));

        double R(RaterRole role)
        {
            var rows = Enumerable.Range(0, matrix.RespondentCount).Where(i => matrix.Respondents[i].Role == role).ToArray();
            return Correlation(rows.Select(i => scores[i]!.Value).ToArray(), rows.Select(i => truth[sample.GetTargetIndex(matrix.Respondents[i].TargetId)]).ToArray());
        }

        R(RaterRole.Peer).Should().BeLessThan(R(RaterRole.Self) - 0.2);
    }
}
