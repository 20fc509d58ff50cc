using LeadershipModel.Instruments;

namespace LeadershipModel.Tests.Instruments;

public sealed class InstrumentTests
{
    private static Dimension Dim(string id) => new(id, id, new Pole("M", "m"), new Pole("L", "l"), Facets.Power, 1, "d");

    private static InstrumentDefinition Valid() => new()
    {
        Id = "test",
        Version = "1",
        Name = "Test",
        Dimensions = DimensionSet.Create([Dim("d1")]),
        Items = [new Item("m1", "I manage.", ItemTarget.ForPole("d1", PoleKind.Management)), new Item("l1", "I lead.", ItemTarget.ForPole("d1", PoleKind.Leadership))],
    };

    [Fact]
    public void Validate_ValidDefinition_ReturnsNoErrors() => Instrument.Validate(Valid()).Should().BeEmpty();

    [Fact]
    public void Validate_NoItems_ReportsEmptyAndTheUnmeasuredDimension()
        => Instrument.Validate(Valid() with { Items = [] }).Select(e => (e.Code, e.Path)).Should().BeEquivalentTo(new[]
        {
            (InstrumentErrorCodes.Empty, "$.items"),
            (InstrumentErrorCodes.NoItems, "$.dimensions[0]"),
        });

    [Fact]
    public void Validate_DuplicateItemId_PointsAtTheSecond()
    {
        var d = Valid();
        var errors = Instrument.Validate(d with { Items = [d.Items[0], d.Items[1] with { Id = "m1" }] });

        errors.Should().ContainSingle().Which.Should().Match<InstrumentError>(e => e.Path == "$.items[1].id" && e.Code == InstrumentErrorCodes.DuplicateId);
    }

    [Fact]
    public void Validate_UnknownTargets_AreReportedPerItem()
    {
        var d = Valid();
        var errors = Instrument.Validate(d with
        {
            Items = [.. d.Items, new Item("x", "x", ItemTarget.ForDimension("d2")), new Item("y", "y", ItemTarget.ForConstruct("nothing"))],
        });

        errors.Select(e => (e.Code, e.Path)).Should().Equal(
            (InstrumentErrorCodes.UnknownTarget, "$.items[2].target.dimension"),
            (InstrumentErrorCodes.UnknownTarget, "$.items[3].target.construct"));
    }

    [Fact]
    public void Validate_OnePoleMeasured_ReportsTheOtherPole()
    {
        var d = Valid();

        Instrument.Validate(d with { Items = [d.Items[0]] }).Should().ContainSingle()
            .Which.Message.Should().Contain("leadership pole");
    }

    [Fact]
    public void Validate_BipolarItemsOnly_AreEnough()
        => Instrument.Validate(Valid() with { Items = [new Item("b1", "Control … influence", ItemTarget.ForDimension("d1"))] }).Should().BeEmpty();

    [Fact]
    public void Validate_ConstructProblems_AreReported()
    {
        var errors = Instrument.Validate(Valid() with { Constructs = [new Construct("c1", "C"), new Construct("c1", "Again"), new Construct("d1", "Clash")] });

        errors.Select(e => (e.Code, e.Path)).Should().BeEquivalentTo(new[]
        {
            (InstrumentErrorCodes.NoItems, "$.constructs[0]"),
            (InstrumentErrorCodes.DuplicateId, "$.constructs[1].id"),
            (InstrumentErrorCodes.DuplicateId, "$.constructs[2].id"),
            (InstrumentErrorCodes.NoItems, "$.constructs[2]"),
        });
    }

    [Fact]
    public void Validate_ReliabilityForAScaleWithoutItems_IsUnknownTarget()
        => Instrument.Validate(Valid() with { Reliabilities = [new ScaleReliability(ItemTarget.ForPowerBase(PowerBase.Reward), 0.8, 0.1)] })
            .Should().ContainSingle(e => e.Path == "$.reliabilities[0].target" && e.Code == InstrumentErrorCodes.UnknownTarget);

    [Fact]
    public void Create_InvalidDefinition_ThrowsWithEveryError()
    {
        var act = () => Instrument.Create(Valid() with { Items = [] });

        act.Should().Throw<InstrumentValidationException>().Which.Errors.Should().HaveCount(2);
    }

    [Fact]
    public void Scales_GroupItemsByTarget_InOrderOfFirstAppearance()
    {
        var instrument = CanonicalInstruments.Full;

        instrument.Scales.Should().HaveCount(38 + 6);
        instrument.Scales[0].Target.Should().Be(instrument.Items[0].Target);
        instrument.Scales.Should().OnlyContain(s => !s.IsShort, "the full form has four items per scale");
        CanonicalInstruments.Short.Scales.Should().OnlyContain(s => s.IsShort, "two-item scales are weak");
    }
}
