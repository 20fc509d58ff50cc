using LeadershipModel.Instruments;
using LeadershipModel.Scoring;

namespace LeadershipModel.Tests.Scoring;

/// <summary>The profile's value types: <c>default</c> is a defined "not scored" value, equality is by value, and a profile stays small.</summary>
public sealed class ProfileValueTypeTests
{
    private static readonly Instrument Small = TestInstruments.Small();

    [Fact]
    public void DefaultScaleScore_IsNotScored()
    {
        var s = default(ScaleScore);
        s.Status.Should().Be(ScaleStatus.TooFewAnswered);
        s.Score.Should().BeNull();
        s.RawScore.Should().BeNull();
        s.StandardError.Should().BeNull();
        s.ItemsAnswered.Should().Be(0);
        s.ItemCount.Should().Be(0);
        s.Target.Should().BeNull();
        s.IsWeak.Should().BeTrue("it rests on no items");
        s.Should().Be(new ScaleScore[1].Single(), "every default is the same value");
        s.Should().NotBe(new ScaleScore { Target = ItemTarget.ForConstruct("x"), Status = ScaleStatus.TooFewAnswered, ItemsAnswered = 0, ItemCount = 0 });
    }

    [Fact]
    public void DefaultDimensionPosition_IsNotMeasuredWithTheDefaultThreshold()
    {
        var p = default(DimensionPosition);
        p.Management.Should().BeNull();
        p.Leadership.Should().BeNull();
        p.BipolarOrientation.Should().BeNull();
        p.Orientation.Should().BeNull();
        p.Integration.Should().BeNull();
        p.Quadrant.Should().BeNull();
        p.HasStrengths.Should().BeFalse();
        p.Threshold.Should().Be(QuadrantClassifier.DefaultThreshold);
        p.Should().Be(new DimensionPosition());
    }

    [Fact]
    public void DefaultDimensionScore_IsNotScored()
    {
        var d = default(DimensionScore);
        d.DimensionId.Should().BeNull();
        d.Position.Should().Be(default(DimensionPosition));
        d.Management.Should().BeNull();
        d.Leadership.Should().BeNull();
        d.Bipolar.Should().BeNull();
        d.IsBorderline.Should().BeFalse();
        d.IsWeak.Should().BeFalse();
    }

    [Fact]
    public void ScaleScore_ZeroScore_IsScoredAndDistinctFromAbsent()
    {
        var zero = new ScaleScore { Target = ItemTarget.ForConstruct("x"), Status = ScaleStatus.Scored, Score = 0, RawScore = 1, ItemsAnswered = 2, ItemCount = 2 };
        zero.Score.Should().Be(0);
        zero.Status.Should().Be(ScaleStatus.Scored);
        zero.ItemCount.Should().Be(2);
        (zero with { Score = null }).Should().NotBe(zero);
    }

    [Fact]
    public void DimensionScore_FromTheEngine_EqualsOneBuiltFromItsValues()
    {
        var profile = ScoringEngine.CreateBuilder().AddInstrument(Small).Build().Score(TestInstruments.AllAnswered(Small, 4, 2, 2, 3, 5, 5, 1, 2, 5, 4, 3, 1, 5)).Profile!;
        var scored = profile.GetDimension("alpha")!.Value;
        var rebuilt = new DimensionScore
        {
            DimensionId = scored.DimensionId,
            Position = scored.Position,
            Management = scored.Management,
            Leadership = scored.Leadership,
            IsBorderline = scored.IsBorderline,
        };
        rebuilt.Should().Be(scored);
        rebuilt.GetHashCode().Should().Be(scored.GetHashCode());
        rebuilt.Bipolar.Should().BeNull();
    }

    [Fact]
    public void DimensionScore_With_NeverChangesTheProfilesScales()
    {
        var profile = ScoringEngine.CreateBuilder().AddInstrument(Small).Build().Score(TestInstruments.AllAnswered(Small, 4, 2, 2, 3, 5, 5, 1, 2, 5, 4, 3, 1, 5)).Profile!;
        var scales = profile.Scales.ToArray();
        var alpha = profile.Dimensions[0];
        var changed = alpha with { Management = null };
        changed.Management.Should().BeNull();
        changed.Leadership.Should().Be(alpha.Leadership);
        alpha.Management.Should().NotBeNull();
        profile.Scales.Should().Equal(scales);
    }

    [Fact]
    public void Score_CanonicalProfile_AllocatesAtMostFourKilobytes()
    {
        // Counts bytes, not time: the figure BenchmarkDotNet's memory diagnoser reports, per profile, after warm-up.
        var instrument = CanonicalInstruments.Full;
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        var set = LeadershipModel.Responses.ResponseSet.Create(instrument.Id, instrument.Version, "p",
            instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, (double?)(1 + ((i * 7) % 5)))));
        for (var i = 0; i < 200; i++)
        {
            engine.Score(set);
        }

        const int n = 500;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < n; i++)
        {
            engine.Score(set);
        }

        var perProfile = (GC.GetAllocatedBytesForCurrentThread() - before) / n;
        perProfile.Should().BeLessThanOrEqualTo(4096);
    }
}
