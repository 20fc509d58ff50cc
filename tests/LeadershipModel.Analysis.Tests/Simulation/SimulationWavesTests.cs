using LeadershipModel.Analysis.Change;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Change;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;

namespace LeadershipModel.Analysis.Tests.Simulation;

/// <summary>Second waves with planted changes, correlated dimensions, and the observed alpha the docs state.</summary>
public sealed class SimulationWavesTests
{
    private static readonly Instrument Full = CanonicalInstruments.Full;

    [Fact]
    public void Wave1_IsTheSameSampleWhateverTheChanges()
    {
        var plain = new SimulationOptions { TargetCount = 5, Seed = 9 };
        var planted = plain with { TrueChanges = [new TrueChange(IndexIds.Leadership, 1)] };

        ResponseSimulator.Simulate(Full, planted).ResponseSets.Should().Equal(ResponseSimulator.Simulate(Full, plain).ResponseSets);
    }

    [Fact]
    public void Wave2_KeepsTrueScores_AddsThePlantedChange_AndDrawsNewErrors()
    {
        var options = new SimulationOptions { TargetCount = 4, Seed = 9, TrueChanges = [new TrueChange("control-influence/leadership", 0.7)], ChangedTargetCount = 2 };
        var first = ResponseSimulator.Simulate(Full, options);
        var second = ResponseSimulator.Simulate(Full, options with { Wave = 2 });
        var pole = ItemTarget.ForPole("control-influence", PoleKind.Leadership);
        var other = ItemTarget.ForPole("control-influence", PoleKind.Management);

        for (var t = 0; t < 4; t++)
        {
            var id = first.Targets[t].Id;
            second.GetTrueScore(id, pole).Should().BeApproximately(first.GetTrueScore(id, pole) + (t < 2 ? 0.7 : 0), 1e-12);
            second.GetTrueScore(id, other).Should().Be(first.GetTrueScore(id, other));
        }

        second.ResponseSets.Should().NotEqual(first.ResponseSets);
    }

    [Fact]
    public void TrueChange_UnknownIndex_IsRejectedWithItsName()
    {
        var act = () => ResponseSimulator.Simulate(Full, new SimulationOptions { Wave = 2, TrueChanges = [new TrueChange("no-such/leadership", 1)] });

        act.Should().Throw<ArgumentException>().WithMessage("*'no-such/leadership'*");
    }

    [Fact]
    public void ChangeReport_FindsThePlantedChange()
    {
        // 200 people; the first 100 gain 1.5 latent SD on overall leadership (every dimension's L pole).
        var options = new SimulationOptions { TargetCount = 200, Seed = 42, TrueChanges = [new TrueChange(IndexIds.Leadership, 1.5)], ChangedTargetCount = 100 };
        var pre = ScoredSamples.Profiles(ResponseSimulator.Simulate(Full, options).ResponseSets);
        var post = ScoredSamples.Profiles(ResponseSimulator.Simulate(Full, options with { Wave = 2 }).ResponseSets);
        var reliability = ChangeReliability.FromSampleAlpha(ResponseSimulator.Simulate(Full, options).ResponseSets, Full);

        var report = ReliableChange.Compare(pre, post, new ReliableChangeOptions { Reliability = reliability });

        // Overall leadership has no reliability; the per-dimension L poles do.
        var pole = IndexIds.ForDimension("control-influence", IndexIds.Leadership);
        var summary = report.Summary.Single(s => s.IndexId == pole);
        summary.MeanDifference!.Value.Should().BeGreaterThan(0.05);
        summary.PValue!.Value.Should().BeLessThan(1e-6);
        var management = report.Summary.Single(s => s.IndexId == IndexIds.ForDimension("control-influence", IndexIds.Management));
        Math.Abs(management.Dz!.Value).Should().BeLessThan(0.25, "management was not changed");
        report.Summary.Single(s => s.IndexId == IndexIds.Leadership).PValue!.Value.Should().BeLessThan(1e-12);

        int Increased(IEnumerable<PersonChange> people) => people.Sum(p => p.Indices.Count(i => i.IndexId.EndsWith("/leadership", StringComparison.Ordinal) && i.Category == ChangeCategory.Increased));
        var changed = Increased(report.People.Take(100));
        var unchanged = Increased(report.People.Skip(100));
        changed.Should().BeGreaterThan(5 * unchanged, "people with a planted change increase reliably far more often");
    }

    [Fact]
    public void CommonFactor_CorrelatesTheDimensions_AsPlanned()
    {
        var options = new SimulationOptions { TargetCount = 4000, Seed = 3, Population = new LatentPopulation { CommonFactorLoading = 0.7, PoleCorrelation = 0.3 } };
        var sample = ResponseSimulator.Simulate(Full, options);
        var m1 = sample.GetTrueScores(ItemTarget.ForPole("control-influence", PoleKind.Management));
        var m2 = sample.GetTrueScores(ItemTarget.ForPole("visible-invisible", PoleKind.Management));
        var l2 = sample.GetTrueScores(ItemTarget.ForPole("visible-invisible", PoleKind.Leadership));
        var l1 = sample.GetTrueScores(ItemTarget.ForPole("control-influence", PoleKind.Leadership));

        Correlation(m1, m2).Should().BeApproximately(0.49, 0.04);
        Correlation(m1, l1).Should().BeApproximately(0.3, 0.04);
        Correlation(m1, l2).Should().BeApproximately(0.3 * 0.49, 0.04);
    }

    [Fact]
    public void CorrelationMatrix_IsRecovered()
    {
        var d = Full.Dimensions.Count;
        var phi = new double[d * d];
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j < d; j++)
            {
                phi[(i * d) + j] = i == j ? 1 : (i < 2 && j < 2 ? -0.6 : 0.2);
            }
        }

        var sample = ResponseSimulator.Simulate(Full, new SimulationOptions { TargetCount = 4000, Seed = 5, Population = new LatentPopulation { DimensionCorrelations = EquatableArray.Create<double>(phi) } });
        var ids = Full.Dimensions.Select(x => x.Id).ToList();
        double R(int a, int b) => Correlation(sample.GetTrueScores(ItemTarget.ForPole(ids[a], PoleKind.Leadership)), sample.GetTrueScores(ItemTarget.ForPole(ids[b], PoleKind.Leadership)));

        R(0, 1).Should().BeApproximately(-0.6, 0.04);
        R(2, 7).Should().BeApproximately(0.2, 0.04);
    }

    [Fact]
    public void DimensionCorrelations_NotPositiveDefinite_IsRejected()
    {
        var d = Full.Dimensions.Count;
        var phi = new double[d * d];
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j < d; j++)
            {
                phi[(i * d) + j] = i == j ? 1 : -0.5;
            }
        }

        var act = () => ResponseSimulator.Simulate(Full, new SimulationOptions { TargetCount = 1, Population = new LatentPopulation { DimensionCorrelations = EquatableArray.Create<double>(phi) } });

        act.Should().Throw<ArgumentException>().WithMessage("*not positive definite*");
    }

    [Theory]
    [InlineData(0.6, 0.592)]
    [InlineData(0.7, 0.688)]
    [InlineData(0.8, 0.784)]
    [InlineData(0.9, 0.881)]
    public void ObservedAlpha_AtEachNominalReliability_IsWhatTheDocsState(double nominal, double documented)
    {
        var sample = ResponseSimulator.Simulate(Full, new SimulationOptions { TargetCount = 20000, Seed = 1, Reliability = nominal });
        var keys = sample.GetScaleKeys().Where(k => !k.Name.StartsWith("base", StringComparison.Ordinal)).ToList();
        var alphas = ReliabilityAnalysis.AlphaScales(sample.ToMatrix(), keys).Select(a => a.RawAlpha!.Value).ToList();

        alphas.Average().Should().BeApproximately(documented, 0.0005, "SimulationOptions' remarks state the observed alpha at ρ = {0}", nominal);
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }
}
