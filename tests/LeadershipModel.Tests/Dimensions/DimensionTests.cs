namespace LeadershipModel.Tests.Dimensions;

public sealed class DimensionTests
{
    private static Dimension Sample() => CanonicalDimensions.ControlInfluence;

    [Theory]
    [InlineData("Control-Influence")]
    [InlineData("control_influence")]
    [InlineData("-control")]
    [InlineData("control--influence")]
    [InlineData("control-")]
    [InlineData(" ")]
    public void Id_NotKebabCase_Throws(string id)
    {
        var act = () => Sample() with { Id = id };
        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void With_InvalidOrder_Throws()
    {
        var act = () => Sample() with { Order = 0 };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Order");
    }

    [Fact]
    public void With_NullPole_Throws()
    {
        var act = () => Sample() with { LeadershipPole = null! };
        act.Should().Throw<ArgumentNullException>().WithParameterName("LeadershipPole");
    }

    [Fact]
    public void Pole_BlankLabel_Throws()
    {
        var act = () => new Pole("", "description");
        act.Should().Throw<ArgumentException>().WithParameterName("Label");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var copy = new Dimension(
            Sample().Id, Sample().Name,
            new Pole(Sample().ManagementPole.Label, Sample().ManagementPole.Description),
            new Pole(Sample().LeadershipPole.Label, Sample().LeadershipPole.Description),
            Sample().Facet, Sample().Order, Sample().Description);
        copy.Should().Be(Sample());
        (copy with { Name = "Other" }).Should().NotBe(Sample());
    }

    [Fact]
    public void GetPole_ReturnsPoleOfKind()
    {
        Sample().GetPole(PoleKind.Management).Label.Should().Be("Seek control");
        Sample().GetPole(PoleKind.Leadership).Label.Should().Be("Seek influence");
        var act = () => Sample().GetPole((PoleKind)7);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
