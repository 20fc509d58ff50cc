namespace LeadershipModel.Tests.Diagnostics;

public sealed class CarelessResponseTests
{
    [Theory]
    [InlineData(new double[0], 0)]
    [InlineData(new[] { 3.0 }, 1)]
    [InlineData(new[] { 1.0, 2, 2, 2, 3, 3 }, 3)]
    [InlineData(new[] { 4.0, 4, 4, 4, 4 }, 5)]
    [InlineData(new[] { 2.0, 2, double.NaN, 2, 2, 2 }, 3)]
    [InlineData(new[] { double.NaN, double.NaN }, 0)]
    public void LongestRun_Answers_CountsIdenticalConsecutiveAnswersAndMissingEndsARun(double[] answers, int expected)
        => CarelessResponse.LongestRun(answers).Should().Be(expected);

    [Fact]
    public void IntraIndividualVariability_Answers_IsSampleSdOfAnsweredItems()
    {
        CarelessResponse.IntraIndividualVariability([1, 2, 3, double.NaN, 4]).Should().BeApproximately(Math.Sqrt(5.0 / 3), 1e-15);
        CarelessResponse.IntraIndividualVariability([3, 3, 3]).Should().Be(0);
    }

    [Fact]
    public void IntraIndividualVariability_FewerThanTwoAnswers_IsNaN()
        => double.IsNaN(CarelessResponse.IntraIndividualVariability([double.NaN, 5])).Should().BeTrue();
}
