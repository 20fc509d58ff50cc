namespace LeadershipModel.Tests.Randomness;

public sealed class DeterministicMathTests
{
    [Fact]
    public void Log_ManyValues_AgreesWithMathLogToAFewUlps()
    {
        var random = new SimulationRandom(3);
        for (var i = 0; i < 100_000; i++)
        {
            // Log-uniform over [1e-300, 1e300], and uniform in (0, 2) where ln x is near 0.
            var x = i % 2 == 0 ? Math.Pow(10, (random.NextDouble() * 600) - 300) : random.NextDouble() * 2;
            if (x == 0)
            {
                continue;
            }

            var expected = Math.Log(x);
            var actual = DeterministicMath.Log(x);
            var ulp = Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected);
            Math.Abs(actual - expected).Should().BeLessThanOrEqualTo(4 * ulp, $"ln({x:R}) = {expected:R}");
        }
    }

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(2.0, 0.6931471805599453)]
    [InlineData(0.5, -0.6931471805599453)]
    [InlineData(Math.E, 1.0)]
    [InlineData(10.0, 2.302585092994046)]
    public void Log_KnownValues_AreExactOrWithinOneUlp(double x, double expected)
    {
        var actual = DeterministicMath.Log(x);

        Math.Abs(actual - expected).Should().BeLessThanOrEqualTo(Math.Abs(Math.BitIncrement(expected) - expected));
    }

    [Fact]
    public void Log_Subnormal_IsAccurate()
    {
        var x = double.Epsilon * 12345;

        DeterministicMath.Log(x).Should().BeApproximately(Math.Log(x), 1e-12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Log_NotPositiveFinite_Throws(double x)
    {
        var act = () => DeterministicMath.Log(x);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
