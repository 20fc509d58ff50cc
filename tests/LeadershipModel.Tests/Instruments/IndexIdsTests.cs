using LeadershipModel.Instruments;
using LeadershipModel.Norms;

namespace LeadershipModel.Tests.Instruments;

public sealed class IndexIdsTests
{
    [Fact]
    public void ForTarget_NamesEachKindOfTarget()
    {
        IndexIds.ForTarget(ItemTarget.ForPole("visionary-planner", PoleKind.Leadership)).Should().Be("visionary-planner/leadership");
        IndexIds.ForTarget(ItemTarget.ForPole("visionary-planner", PoleKind.Management)).Should().Be("visionary-planner/management");
        IndexIds.ForTarget(ItemTarget.ForDimension("visionary-planner")).Should().Be("visionary-planner/orientation");
        IndexIds.ForTarget(ItemTarget.ForPowerBase(PowerBase.Expert)).Should().Be("base/expert");
        IndexIds.ForTarget(ItemTarget.ForConstruct("safety")).Should().Be("construct/safety");
        FluentActions.Invoking(() => IndexIds.ForTarget(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ForTarget_GivesEveryScaleOfTheCanonicalInstrumentsItsOwnId()
    {
        foreach (var instrument in new[] { CanonicalInstruments.Full, CanonicalInstruments.Short })
        {
            var ids = instrument.Scales.Select(s => IndexIds.ForTarget(s.Target)).ToList();
            ids.Should().OnlyHaveUniqueItems();
            ids.Should().Contain(IndexIds.ForDimension(instrument.Dimensions[0].Id, IndexIds.Leadership)).And.Contain("base/referent");
        }
    }
}
