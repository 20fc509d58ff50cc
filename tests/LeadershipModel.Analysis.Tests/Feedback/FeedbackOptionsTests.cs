using LeadershipModel.Feedback;

namespace LeadershipModel.Analysis.Tests.Feedback;

public sealed class FeedbackOptionsTests
{
    [Fact]
    public void Default_Values_AsDocumented()
    {
        var options = FeedbackOptions.Default;

        options.AnonymityThreshold.Should().Be(3);
        options.ShowManagerSeparately.Should().BeTrue();
        options.AgreementMargin.Should().Be(0.1);
        options.HighThreshold.Should().Be(0.5);
        options.GapComparison.Should().BeNull();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    public void AnonymityThreshold_BelowTwo_Throws(int threshold)
        => FluentActions.Invoking(() => new FeedbackOptions { AnonymityThreshold = threshold }).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void GapComparison_Self_Throws()
        => FluentActions.Invoking(() => new FeedbackOptions { GapComparison = FeedbackGroupKind.Self }).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void AgreementMargin_OutOfRange_Throws(double margin)
        => FluentActions.Invoking(() => new FeedbackOptions { AgreementMargin = margin }).Should().Throw<ArgumentOutOfRangeException>();
}
