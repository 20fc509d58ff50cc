using LeadershipModel.Interactive.Html;

namespace LeadershipModel.Interactive.Tests;

[Collection(FormatterRegistry.Name)]
public sealed class RegistrationTests
{
    private static int OwnFormatters() => Formatter.RegisteredFormatters(false)
        .Count(f => f.GetType().IsGenericType && f.GetType().GetGenericTypeDefinition() == typeof(LeadershipTypeFormatter<>));

    [Fact]
    public void Register_Twice_RegistersOnce()
    {
        LeadershipModelFormatters.Register();
        var count = OwnFormatters();

        LeadershipModelFormatters.Register();
        LeadershipModelFormatters.Register(LeadershipModelFormatterOptions.Default);

        count.Should().BeGreaterThan(0);
        OwnFormatters().Should().Be(count);
        LeadershipModelFormatters.IsRegistered.Should().BeTrue();
    }

    [Fact]
    public void Register_FromManyThreads_RegistersOnce()
    {
        Formatter.ResetToDefault();

        Parallel.For(0, 64, _ => LeadershipModelFormatters.Register());

        OwnFormatters().Should().Be(11, "eleven type and MIME pairs are registered, once each");
    }

    [Fact]
    public void Register_AfterResetToDefault_RegistersAgain()
    {
        LeadershipModelFormatters.Register();
        Formatter.ResetToDefault();
        LeadershipModelFormatters.IsRegistered.Should().BeFalse();

        LeadershipModelFormatters.Register();

        LeadershipModelFormatters.IsRegistered.Should().BeTrue();
        DimensionSet.Canonical.ToDisplayString(HtmlFormatter.MimeType).Should().Contain("leadership-model-dimensions");
    }

    [Fact]
    public void Register_NullOptions_Throws()
    {
        var act = () => LeadershipModelFormatters.Register(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Options_InvalidDecimals_Throw()
    {
        var act = () => new LeadershipModelFormatterOptions { StatisticsDecimals = 7 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
