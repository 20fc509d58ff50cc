using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;

namespace LeadershipModel.Analysis.Tests.Reliability;

public sealed class ScaleKeyTests
{
    [Fact]
    public void Parse_PsychKeys_NameItemsAndReversals()
    {
        var key = ScaleKey.Parse("agree=-A1,A2, A3 ,A4,A5");

        key.Name.Should().Be("agree");
        key.Items.Select(i => i.Key).Should().Equal("-A1", "A2", "A3", "A4", "A5");
        key.Items[0].Reversed.Should().BeTrue();
        key.Items[0].ItemId.Should().Be("A1");
        key.Items[0].Sign.Should().Be(-1);
        key.ToString().Should().Be("agree=-A1,A2,A3,A4,A5");
    }

    [Theory]
    [InlineData("agree", "'agree' is not a scale key; write name=item,-item,… (such as agree=-A1,A2,A3).")]
    [InlineData("=A1,A2", "'=A1,A2' has no scale name before '='.")]
    [InlineData("agree=", "Scale 'agree' has no items.")]
    [InlineData("agree=A1,,A2", "Scale 'agree' has an empty item in 'A1,,A2'.")]
    [InlineData("agree=A1,-", "Scale 'agree' has an empty item in 'A1,-'.")]
    [InlineData("agree=A1,-A1", "Scale 'agree' lists item 'A1' twice.*")]
    public void Parse_Malformed_ThrowsClearError(string text, string message)
    {
        var act = () => ScaleKey.Parse(text);

        act.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void ParseMany_DuplicateScaleName_Throws()
    {
        var act = () => ScaleKey.ParseMany(["a=A1", "", "a=A2"]);

        act.Should().Throw<FormatException>().WithMessage("Scale 'a' is defined twice.");
    }

    [Fact]
    public void Validate_UnknownItem_NamesItemAndScale()
    {
        var data = ResponseMatrix.FromRows([[1, 2]], ["A1", "A2"]);

        var act = () => ScaleKey.Parse("agree=-A1,A7").Validate(data);

        act.Should().Throw<ArgumentException>().WithMessage("Scale 'agree' names item 'A7', which is not in the data.*");
    }

    [Fact]
    public void Create_EqualKeys_AreEqual()
    {
        ScaleKey.Create("s", "-A1", "A2").Should().Be(ScaleKey.Parse("s=-A1,A2"));
    }

    [Fact]
    public void With_EmptyItems_Throws()
    {
        var act = () => ScaleKey.Parse("s=A1") with { Items = [] };

        act.Should().Throw<ArgumentException>().WithMessage("Scale 's' has no items.*");
    }
}
