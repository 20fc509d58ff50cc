using CsCheck;

namespace LeadershipModel.Tests.Dimensions;

public sealed class DimensionPositionTests
{
    private static readonly Gen<double> Unit = Gen.Double[0, 1];

    [Fact]
    public void FromStrengths_ComputesOrientationIntegrationAndQuadrant()
    {
        var p = DimensionPosition.FromStrengths(0.25, 1.0);
        p.Orientation.Should().Be(0.75);
        p.Integration.Should().Be(0.5);
        p.Quadrant.Should().Be(Quadrant.Leader);
        p.HasStrengths.Should().BeTrue();
    }

    [Fact]
    public void FromOrientation_HasNoIntegrationOrQuadrant()
    {
        var p = DimensionPosition.FromOrientation(-0.4);
        p.Orientation.Should().Be(-0.4);
        p.Integration.Should().BeNull();
        p.Quadrant.Should().BeNull();
        p.Management.Should().BeNull();
        p.Leadership.Should().BeNull();
    }

    [Fact]
    public void BothMeasured_BipolarEstimateReportedBeside()
    {
        var p = DimensionPosition.FromStrengths(0.2, 0.6) with { BipolarOrientation = 0.5 };
        p.Orientation.Should().BeApproximately(0.4, 1e-15);
        p.BipolarOrientation.Should().Be(0.5);
    }

    [Theory]
    [InlineData(-0.01, 0.5)]
    [InlineData(0.5, 1.01)]
    [InlineData(double.NaN, 0.5)]
    public void FromStrengths_OutOfRange_Throws(double m, double l)
    {
        var act = () => DimensionPosition.FromStrengths(m, l);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void With_CannotBypassValidation()
    {
        var p = DimensionPosition.FromStrengths(0.5, 0.5);
        var act = () => p with { Leadership = 2 };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Leadership");
        var act2 = () => p with { Threshold = -1 };
        act2.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Threshold");
    }

    [Fact]
    public void OrientationAndIntegration_StayInRange() =>
        Gen.Select(Unit, Unit).Sample((m, l) =>
        {
            var p = DimensionPosition.FromStrengths(m, l);
            return p.Orientation is >= -1 and <= 1 && p.Integration is >= 0 and <= 1
                && p.Integration <= Math.Max(m, l) + 1e-15 && p.Integration >= Math.Min(m, l) - 1e-15;
        });

    [Fact]
    public void SwappingStrengths_NegatesOrientationAndKeepsIntegration() =>
        Gen.Select(Unit, Unit).Sample((m, l) =>
        {
            var p = DimensionPosition.FromStrengths(m, l);
            var q = DimensionPosition.FromStrengths(l, m);
            return p.Orientation == -q.Orientation && p.Integration == q.Integration;
        });

    [Fact]
    public void Quadrant_SwappingStrengths_SwapsManagerAndLeader() =>
        Gen.Select(Unit, Unit, Unit).Sample((m, l, t) =>
        {
            var p = QuadrantClassifier.Classify(m, l, t);
            var q = QuadrantClassifier.Classify(l, m, t);
            return p switch
            {
                Quadrant.Manager => q == Quadrant.Leader,
                Quadrant.Leader => q == Quadrant.Manager,
                _ => q == p,
            };
        });

    [Theory]
    [InlineData(0.5, 0.5, Quadrant.Integrator)]
    [InlineData(0.5, 0.4999999, Quadrant.Manager)]
    [InlineData(0.4999999, 0.5, Quadrant.Leader)]
    [InlineData(0.4999999, 0.4999999, Quadrant.Disengaged)]
    [InlineData(1, 0, Quadrant.Manager)]
    [InlineData(0, 0, Quadrant.Disengaged)]
    public void Quadrant_AtDefaultThreshold_HighMeansAtOrAbove(double m, double l, Quadrant expected) =>
        DimensionPosition.FromStrengths(m, l).Quadrant.Should().Be(expected);

    [Fact]
    public void Quadrant_CustomThreshold_IsUsed()
    {
        DimensionPosition.FromStrengths(0.6, 0.6, threshold: 0.7).Quadrant.Should().Be(Quadrant.Disengaged);
        DimensionPosition.FromStrengths(0.7, 0.6, threshold: 0.7).Quadrant.Should().Be(Quadrant.Manager);
    }

    [Fact]
    public void Quadrant_IsMonotoneInThreshold() =>
        Gen.Select(Unit, Unit, Unit).Sample((m, l, t) =>
        {
            var q = QuadrantClassifier.Classify(m, l, t);
            var highM = q is Quadrant.Manager or Quadrant.Integrator;
            var highL = q is Quadrant.Leader or Quadrant.Integrator;
            return highM == (m >= t) && highL == (l >= t);
        });
}
