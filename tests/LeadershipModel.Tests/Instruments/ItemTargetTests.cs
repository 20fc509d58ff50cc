using LeadershipModel.Instruments;

namespace LeadershipModel.Tests.Instruments;

public sealed class ItemTargetTests
{
    [Fact]
    public void Key_NamesTheScale()
    {
        ItemTarget.ForPole("control-influence", PoleKind.Management).Key.Should().Be("control-influence/management");
        ItemTarget.ForPole("control-influence", PoleKind.Leadership).Key.Should().Be("control-influence/leadership");
        ItemTarget.ForDimension("control-influence").Key.Should().Be("control-influence");
        ItemTarget.ForPowerBase(PowerBase.Referent).Key.Should().Be("base/referent");
        ItemTarget.ForConstruct("psychological-safety").Key.Should().Be("construct/psychological-safety");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        ItemTarget.ForPole("a", PoleKind.Management).Should().Be(ItemTarget.ForPole("a", PoleKind.Management));
        ItemTarget.ForPole("a", PoleKind.Management).Should().NotBe(ItemTarget.ForDimension("a"));
    }

    [Fact]
    public void Factories_RejectBadIds()
    {
        FluentActions.Invoking(() => ItemTarget.ForDimension("Not Kebab")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ItemTarget.ForConstruct("")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ItemTarget.ForPowerBase((PowerBase)42)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Fields_MatchTheKind()
    {
        var pole = ItemTarget.ForPole("a", PoleKind.Leadership);
        pole.Kind.Should().Be(ItemTargetKind.Pole);
        pole.DimensionId.Should().Be("a");
        pole.Pole.Should().Be(PoleKind.Leadership);
        pole.PowerBase.Should().BeNull();
        pole.ConstructId.Should().BeNull();
    }
}
