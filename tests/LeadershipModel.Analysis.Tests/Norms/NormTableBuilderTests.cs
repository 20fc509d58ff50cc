using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Norms;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Tests.Norms;

public sealed class NormTableBuilderTests
{
    [Fact]
    public void Build_ScoredSample_EnginePercentilesEqualMidRanksInSample()
    {
        var sets = ScoredSamples.Sets(300, seed: 7);
        var profiles = ScoredSamples.Profiles(sets);

        var table = NormTableBuilder.Create("sample", "Sample", profiles);
        var engine = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Full).UseNorms(table).Build();
        var normed = engine.ScoreBatch(sets).Profiles;
        var byIndex = ScoresByIndex(profiles);

        table.SampleSize.Should().Be(300);
        table.TryGet(IndexIds.Leadership, out _).Should().BeTrue();
        table.TryGet(IndexIds.FollowerShare, out _).Should().BeTrue();
        foreach (var profile in normed)
        {
            profile.Norms.Should().NotBeEmpty();
            foreach (var norm in profile.Norms)
            {
                var sample = byIndex[norm.IndexId];
                var below = sample.Count(s => s < norm.Score);
                var equal = sample.Count(s => s == norm.Score);
                norm.Percentile.Should().BeApproximately(100.0 * (below + (0.5 * equal)) / sample.Count, 1e-9, norm.IndexId);
                norm.TScore.Should().BeApproximately(NormTable.NormalizedTScore(norm.Percentile), 1e-12);
            }
        }
    }

    [Fact]
    public void Build_ScoredSample_MeanAndStandardDeviationOfEachIndex()
    {
        var profiles = ScoredSamples.Profiles(ScoredSamples.Sets(50, seed: 8));

        var table = NormTableBuilder.Create("s", "S", profiles);

        table.TryGet(IndexIds.Management, out var index).Should().BeTrue();
        var scores = profiles.Select(p => p.Overall.Management!.Value).ToArray();
        var mean = scores.Average();
        index!.SampleSize.Should().Be(50);
        index.Mean.Should().BeApproximately(mean, 1e-12);
        index.StandardDeviation.Should().BeApproximately(Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / 49), 1e-12);
    }

    [Fact]
    public void CreateIndex_Ties_MidRankPercentiles()
    {
        var index = NormTableBuilder.CreateIndex("x", [3, 1, 2, 2]);

        index.Points.Should().Equal(new NormPoint(1, 12.5), new NormPoint(2, 50), new NormPoint(3, 87.5));
    }

    [Fact]
    public void CreateIndex_LargeNormalSample_TScoresAboutMean50Sd10()
    {
        var rng = new Random(11);
        var scores = Enumerable.Range(0, 20_000).Select(_ => 3 + (2 * ScoredSamples.Normal(rng))).ToArray();

        var index = NormTableBuilder.CreateIndex("x", scores);
        var t = scores.Select(s => NormTable.NormalizedTScore(index.PercentileOf(s))).ToArray();
        var mean = t.Average();
        var sd = Math.Sqrt(t.Sum(x => (x - mean) * (x - mean)) / (t.Length - 1));

        mean.Should().BeApproximately(50, 0.05);
        sd.Should().BeApproximately(10, 0.2);
    }

    [Fact]
    public void AddReliabilities_SampleAnswers_EngineCarriesStandardErrors()
    {
        var sets = ScoredSamples.Sets(200, seed: 9);
        var data = ResponseMatrix.FromRows(sets.Select(s => s.Answers.Select(a => a.Value ?? double.NaN).ToArray()).ToList(), CanonicalInstruments.Full.Items.Select(i => i.Id));

        var table = new NormTableBuilder("s", "S").AddRange(ScoredSamples.Profiles(sets)).AddReliabilities(data, CanonicalInstruments.Full).Build();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Full).UseNorms(table).Build();
        var profile = engine.Score(sets[0]).Profile!;

        var pole = profile.Dimensions[0].Management!.Value;
        var indexId = IndexIds.ForDimension(profile.Dimensions[0].DimensionId, IndexIds.Management);
        table.TryGet(indexId, out var index).Should().BeTrue();
        index!.Reliability.Should().BeInRange(0.3, 1);
        pole.StandardError.Should().BeApproximately(index.StandardErrorOfMeasurement!.Value, 1e-12);
    }

    [Fact]
    public void AddReliability_OneIndex_GivesItsStandardErrorOfMeasurement()
    {
        var profiles = ScoredSamples.Profiles(ScoredSamples.Sets(40, seed: 10));

        var table = new NormTableBuilder("s", "S").AddRange(profiles).AddReliability(IndexIds.Management, 0.84).Build();

        table.TryGet(IndexIds.Management, out var index).Should().BeTrue();
        index!.Reliability.Should().Be(0.84);
        index.StandardErrorOfMeasurement.Should().BeApproximately(index.StandardDeviation!.Value * 0.4, 1e-12, "SEM = SD * sqrt(1 - .84)");
        table.TryGet(IndexIds.Leadership, out var other).Should().BeTrue();
        other!.Reliability.Should().BeNull("only the management index was given one");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void AddReliability_OutsideUnitInterval_Throws(double reliability)
        => FluentActions.Invoking(() => new NormTableBuilder("s", "S").AddReliability(IndexIds.Management, reliability)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Build_NoProfiles_Throws()
        => FluentActions.Invoking(() => new NormTableBuilder("s", "S").Build()).Should().Throw<InvalidOperationException>();

    [Fact]
    public void Add_AfterBuild_Throws()
    {
        var profiles = ScoredSamples.Profiles(ScoredSamples.Sets(2, seed: 1));
        var builder = new NormTableBuilder("s", "S").AddRange(profiles);
        builder.Build();

        FluentActions.Invoking(() => builder.Add(profiles[0])).Should().Throw<InvalidOperationException>();
    }

    // Each profile's indices, read through a one-profile table (its only point is the score).
    private static Dictionary<string, List<double>> ScoresByIndex(IEnumerable<LeadershipProfile> profiles)
    {
        var scores = new Dictionary<string, List<double>>();
        foreach (var p in profiles)
        {
            foreach (var index in NormTableBuilder.Create("one", "One", [p]).Indices)
            {
                (scores.TryGetValue(index.IndexId, out var list) ? list : scores[index.IndexId] = []).Add(index.Points[0].Score);
            }
        }

        return scores;
    }
}
