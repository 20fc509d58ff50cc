namespace LeadershipModel.Tests.Authority;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Equality_IsElementWise()
    {
        EquatableArray<int> a = [1, 2, 3];
        EquatableArray<int> b = [1, 2, 3];
        EquatableArray<int> c = [3, 2, 1];
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != c).Should().BeTrue();
    }

    [Fact]
    public void Default_IsEmptyAndEqualToEmpty()
    {
        EquatableArray<string> d = default;
        d.Count.Should().Be(0);
        d.Should().BeEmpty();
        d.Equals(new EquatableArray<string>(Array.Empty<string>())).Should().BeTrue();
    }

    [Fact]
    public void Constructor_CopiesInput()
    {
        var source = new List<int> { 1, 2 };
        var array = source.ToEquatableArray();
        source.Add(3);
        array.Should().Equal(1, 2);
    }
}
