using System.Globalization;
using LeadershipModel.Instruments;

namespace LeadershipModel.Tests.Instruments;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Text = LocalizedText.Create([new("en", "Hello"), new("de", "Hallo"), new("de-CH", "Grüezi")]);

    [Theory]
    [InlineData("de-CH", "Grüezi")]
    [InlineData("de-AT", "Hallo")]
    [InlineData("DE", "Hallo")]
    [InlineData("fr", "Hello")]
    [InlineData(null, "Hello")]
    public void Get_FallsBackToParentThenDefault(string? language, string expected) => Text.Get(language).Should().Be(expected);

    [Fact]
    public void Get_Culture_UsesItsName() => Text.Get(CultureInfo.GetCultureInfo("de-CH")).Should().Be("Grüezi");

    [Fact]
    public void ImplicitString_IsEnglish()
    {
        LocalizedText text = "Hi";

        text.DefaultLanguageTag.Should().Be("en");
        text.Should().Be(LocalizedText.Of("Hi"));
    }

    [Fact]
    public void Create_Invalid_Throws()
    {
        FluentActions.Invoking(() => LocalizedText.Create([])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => LocalizedText.Create([new("en", "a"), new("EN", "b")])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => LocalizedText.Create([new("en", " ")])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equality_DependsOnOrder()
    {
        LocalizedText.Create([new("en", "a"), new("de", "b")]).Should().Be(LocalizedText.Create([new("en", "a"), new("de", "b")]));
        LocalizedText.Create([new("en", "a"), new("de", "b")]).Should().NotBe(LocalizedText.Create([new("de", "b"), new("en", "a")]));
    }
}
