using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.ShortForm;
using LeadershipModel.Instruments;
using LeadershipModel.Serialization;

namespace LeadershipModel.Analysis.Tests.ShortForm;

public sealed class ShortFormSelectorTests
{
    private static readonly ItemTarget Pole = ItemTarget.ForPole("d1", PoleKind.Management);

    private static Instrument Bank() => Instrument.Create(new InstrumentDefinition
    {
        Id = "bank",
        Version = "1",
        Name = "Bank",
        Dimensions = DimensionSet.Create([new Dimension("d1", "D1", new Pole("M", "Manage."), new Pole("L", "Lead."), Facets.Power, 1, "Test.")]),
        Items =
        [
            new Item("m1", "I a.", Pole), new Item("m2", "I b.", Pole), new Item("m3", "I c.", Pole),
            new Item("l1", "I d.", ItemTarget.ForPole("d1", PoleKind.Leadership)), new Item("l2", "I e.", ItemTarget.ForPole("d1", PoleKind.Leadership)),
        ],
        Forms = [new InstrumentForm(FormIds.Observer, [new("m1", "This person a."), new("m2", "This person b."), new("m3", "This person c."), new("l1", "This person d."), new("l2", "This person e.")])],
    });

    // m1 and m2 move together (alpha of the pair is high); m3 is noise.
    private static ResponseMatrix Data() => ResponseMatrix.FromRows(
    [
        [1, 1, 3, 2, 2], [2, 2, 1, 3, 3], [3, 3, 5, 4, 4], [4, 4, 2, 5, 4], [5, 5, 4, 1, 2], [2, 1, 3, 2, 3], [4, 5, 1, 3, 3],
    ], ["m1", "m2", "m3", "l1", "l2"]);

    [Fact]
    public void Select_SameAspect_PicksThePairWithTheHighestAlpha()
    {
        var choice = ShortFormSelector.Select(Bank(), Data(), new Dictionary<string, string>())[0];

        choice.Target.Should().Be(Pole);
        choice.ItemIds.Should().Equal("m1", "m2");
        choice.Candidates.Should().Be(3);
        choice.Alpha.Should().BeApproximately(ReliabilityAnalysis.Alpha(Data(), ScaleKey.Create("x", "m1", "m2")).RawAlpha!.Value, 1e-12);
    }

    [Fact]
    public void Select_CoverageComesBeforeAlpha()
    {
        var aspects = new Dictionary<string, string> { ["m1"] = "a", ["m2"] = "a", ["m3"] = "b" };

        var choice = ShortFormSelector.Select(Bank(), Data(), aspects)[0];

        choice.Coverage.Should().Be(2);
        choice.ItemIds.Should().Contain("m3");
    }

    [Fact]
    public void BuildShortForm_KeepsTheChosenItemsAndTheirFormTexts_InBankOrder()
    {
        var bank = Bank();
        var choices = ShortFormSelector.Select(bank, Data(), new Dictionary<string, string>());

        var shortForm = ShortFormSelector.BuildShortForm(bank, choices, "bank-short", "Short.", "Notes.");

        shortForm.Items.Select(i => i.Id).Should().Equal("m1", "m2", "l1", "l2");
        shortForm.GetItemText("m2", FormIds.Observer).Should().Be("This person b.");
        shortForm.Forms.Single().ItemTexts.Should().HaveCount(4);
    }

    [Fact]
    public void Select_TooFewItems_Throws()
        => FluentActions.Invoking(() => ShortFormSelector.Select(Bank(), Data(), new Dictionary<string, string>(), itemsPerScale: 3))
            .Should().Throw<ArgumentException>().WithMessage("*d1/leadership*");
}
