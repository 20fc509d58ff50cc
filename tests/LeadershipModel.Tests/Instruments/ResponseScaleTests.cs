using CsCheck;
using LeadershipModel.Instruments;

namespace LeadershipModel.Tests.Instruments;

public sealed class ResponseScaleTests
{
    [Fact]
    public void Default_IsFivePointLikertWithLabels()
    {
        ResponseScale.Default.Min.Should().Be(1);
        ResponseScale.Default.Max.Should().Be(5);
        ResponseScale.Default.IntegerOnly.Should().BeTrue();
        ResponseScale.Default.Labels.Select(l => l.Text.Default).Should().Equal("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree");
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(3, 3)]
    [InlineData(double.NaN, 3)]
    public void Create_MinNotBelowMax_Throws(double min, double max)
        => FluentActions.Invoking(() => ResponseScale.Create(min, max)).Should().Throw<ArgumentException>();

    [Fact]
    public void Create_IntegerScaleWithFractionalBound_Throws()
        => FluentActions.Invoking(() => ResponseScale.Create(0, 1.5)).Should().Throw<ArgumentException>();

    [Fact]
    public void Create_LabelOutsideOrDuplicated_Throws()
    {
        FluentActions.Invoking(() => ResponseScale.Create(1, 5, labels: [new ScaleLabel(6, "x")])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ResponseScale.Create(1, 5, labels: [new ScaleLabel(2, "x"), new ScaleLabel(2, "y")])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Create_Labels_AreSortedByValue()
        => ResponseScale.Create(1, 3, labels: [new ScaleLabel(3, "high"), new ScaleLabel(1, "low")]).Labels.Select(l => l.Value).Should().Equal(1, 3);

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 4)]
    [InlineData(3, 3)]
    public void Reverse_MirrorsAroundTheMidpoint(double x, double expected) => ResponseScale.Default.Reverse(x).Should().Be(expected);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 0.5)]
    [InlineData(5, 1)]
    public void ToUnit_ScalesToZeroOne(double x, double expected) => ResponseScale.Default.ToUnit(x).Should().Be(expected);

    [Theory]
    [InlineData(3, true)]
    [InlineData(3.5, false)]
    [InlineData(0, false)]
    [InlineData(6, false)]
    [InlineData(double.NaN, false)]
    public void Contains_ChecksBoundsAndWholeness(double x, bool expected) => ResponseScale.Default.Contains(x).Should().Be(expected);

    [Fact]
    public void Contains_IntegerScale_IsWholeExactlyWhenFloorSaysSo()
    {
        // Any double, on the widest scale allowed: whole means x == floor(x), fractions next to whole numbers included.
        var wide = ResponseScale.Create(-1e9, 1e9, integerOnly: true);
        Gen.Double.Sample(x => wide.Contains(x) == (x >= -1e9 && x <= 1e9 && x == Math.Floor(x)), iter: 20_000);
        Gen.Select(Gen.Long[-1_000_000_000, 1_000_000_000], Gen.Int[-3, 3]).Sample((n, shift) =>
        {
            var x = n + (shift * Math.Pow(2, -20));
            return wide.Contains(x) == (x >= -1e9 && x <= 1e9 && x == Math.Floor(x));
        }, iter: 20_000);
    }

    [Fact]
    public void Contains_ContinuousScale_AcceptsFractions() => ResponseScale.Create(0, 10, integerOnly: false).Contains(2.5).Should().BeTrue();

    [Theory]
    [InlineData(0.2, 1)]
    [InlineData(2.5, 3)]
    [InlineData(9, 5)]
    public void Clamp_RoundsIntoTheScale(double x, double expected) => ResponseScale.Default.Clamp(x).Should().Be(expected);

    [Fact]
    public void Likert_SevenPoints_IsLabelled() => ResponseScale.Likert(7).Labels.Should().HaveCount(7);

    [Fact]
    public void Equality_IsByValue() => ResponseScale.Likert(5).Should().Be(ResponseScale.Default);
}
