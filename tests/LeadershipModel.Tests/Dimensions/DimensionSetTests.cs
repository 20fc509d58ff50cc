namespace LeadershipModel.Tests.Dimensions;

public sealed class DimensionSetTests
{
    private static Dimension Custom(string id, int order) => new(
        id, "Custom " + id, new Pole("Low", "The management end."), new Pole("High", "The leadership end."), "Custom", order, "A custom dimension for tests.");

    [Fact]
    public void Canonical_LooksUpById()
    {
        var set = DimensionSet.Canonical;
        set.Should().HaveCount(19);
        set["efficient-effective"].LeadershipPole.Label.Should().Be("Effective");
        set.IndexOf("control-influence").Should().Be(0);
        set.IndexOf("administer-steward").Should().Be(18);
        set.Contains("nope").Should().BeFalse();
        set.TryGet("nope", out var missing).Should().BeFalse();
        missing.Should().BeNull();
    }

    [Fact]
    public void Indexer_UnknownId_ThrowsNamingTheId()
    {
        var act = () => DimensionSet.Canonical["no-such-dimension"];
        act.Should().Throw<KeyNotFoundException>().WithMessage("*'no-such-dimension'*");
    }

    [Fact]
    public void Create_DuplicateIds_ThrowsNamingBothPositions()
    {
        var act = () => DimensionSet.Create([Custom("a", 1), Custom("b", 2), Custom("a", 3)]);
        act.Should().Throw<ArgumentException>().WithMessage("*'a'*index 0*index 2*");
    }

    [Fact]
    public void Create_Empty_EqualsEmpty()
    {
        var set = DimensionSet.Create([]);
        set.Should().BeEmpty();
        set.Equals(DimensionSet.Empty).Should().BeTrue();
    }

    [Fact]
    public void Create_KeepsGivenOrder()
    {
        var set = DimensionSet.Create([Custom("z", 1), Custom("a", 2)]);
        set.Select(d => d.Id).Should().Equal("z", "a");
    }

    [Fact]
    public void Equality_ComparesElements()
    {
        var a = DimensionSet.Create([Custom("x", 1), Custom("y", 2)]);
        var b = DimensionSet.Create([Custom("x", 1), Custom("y", 2)]);
        var c = DimensionSet.Create([Custom("y", 2), Custom("x", 1)]);
        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(c).Should().BeFalse();
        DimensionSet.Create(CanonicalDimensions.All).Equals(DimensionSet.Canonical).Should().BeTrue();
    }
}
