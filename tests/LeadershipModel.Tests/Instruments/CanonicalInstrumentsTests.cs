using LeadershipModel.Instruments;

namespace LeadershipModel.Tests.Instruments;

public sealed class CanonicalInstrumentsTests
{
    private static int Count(Instrument instrument, ItemTarget target) => instrument.Items.Count(i => i.Target == target);

    [Fact]
    public void Full_IdVersionScaleAndDimensions_AreCanonical()
    {
        var full = CanonicalInstruments.Full;

        full.Id.Should().Be(CanonicalInstruments.FullId).And.Be("canonical");
        full.Version.Should().Be(CanonicalInstruments.Version).And.Be("1.0.0");
        full.Scale.Should().Be(ResponseScale.Default);
        full.Dimensions.Should().Equal(DimensionSet.Canonical);
    }

    [Fact]
    public void Full_EveryPole_HasExactlyTwoItems()
    {
        foreach (var id in CanonicalDimensions.All.Select(d => d.Id))
        {
            Count(CanonicalInstruments.Full, ItemTarget.ForPole(id, PoleKind.Management)).Should().Be(2, id);
            Count(CanonicalInstruments.Full, ItemTarget.ForPole(id, PoleKind.Leadership)).Should().Be(2, id);
        }

        CanonicalInstruments.Full.Items.Count(i => i.Target.Kind == ItemTargetKind.Pole).Should().Be(76);
        CanonicalInstruments.Full.Scales.Count(s => s.Target.Kind == ItemTargetKind.Pole).Should().Be(38);
    }

    [Fact]
    public void Full_EveryDimensionAndEveryPole_HasAReverseKeyedItem()
    {
        foreach (var id in CanonicalDimensions.All.Select(d => d.Id))
        {
            foreach (var pole in new[] { PoleKind.Management, PoleKind.Leadership })
            {
                CanonicalInstruments.Full.Items.Where(i => i.Target == ItemTarget.ForPole(id, pole)).Should().ContainSingle(i => i.IsReversed, $"{id}/{pole}");
            }
        }
    }

    [Fact]
    public void Full_EveryPowerBase_HasThreeItems()
    {
        foreach (var powerBase in Enum.GetValues<PowerBase>())
        {
            Count(CanonicalInstruments.Full, ItemTarget.ForPowerBase(powerBase)).Should().Be(3, powerBase.ToString());
        }

        CanonicalInstruments.Full.PowerBases.Should().Equal(Enum.GetValues<PowerBase>());
        CanonicalInstruments.Full.Items.Count.Should().Be(94);
    }

    [Fact]
    public void Short_EveryPoleHasOneItem_AndEveryBaseTwo()
    {
        var shortForm = CanonicalInstruments.Short;

        shortForm.Id.Should().Be("canonical-short");
        foreach (var id in CanonicalDimensions.All.Select(d => d.Id))
        {
            Count(shortForm, ItemTarget.ForPole(id, PoleKind.Management)).Should().Be(1, id);
            Count(shortForm, ItemTarget.ForPole(id, PoleKind.Leadership)).Should().Be(1, id);
        }

        foreach (var powerBase in Enum.GetValues<PowerBase>())
        {
            Count(shortForm, ItemTarget.ForPowerBase(powerBase)).Should().Be(2, powerBase.ToString());
        }

        shortForm.Items.Count.Should().Be(50);
    }

    [Fact]
    public void Short_Items_AreTheFullFormsItemsWithTheSameIds()
    {
        foreach (var item in CanonicalInstruments.Short.Items)
        {
            CanonicalInstruments.Full.TryGetItem(item.Id, out var full).Should().BeTrue(item.Id);
            full.Should().Be(item);
        }
    }

    [Theory]
    [InlineData("canonical")]
    [InlineData("canonical-short")]
    public void Forms_AreNotValidated_AndSaySoPlainly(string id)
    {
        CanonicalInstruments.TryGet(id, out var instrument).Should().BeTrue();

        instrument!.Definition.IsValidated.Should().BeFalse();
        instrument.Definition.Notes.Should().Contain("not been tested on human samples").And.Contain("not for decisions about people");
    }

    [Fact]
    public void Items_HaveUniqueReadableIds_InTheDocumentedPattern()
    {
        var abbreviations = new Dictionary<string, string>();
        foreach (var item in CanonicalInstruments.Full.Items)
        {
            if (item.Target.Kind == ItemTargetKind.Pole)
            {
                item.Id.Should().MatchRegex(item.Target.Pole == PoleKind.Management ? "^[A-Z]{2}-M[12]$" : "^[A-Z]{2}-L[12]$");
                var abbreviation = item.Id[..2];
                abbreviations.TryAdd(abbreviation, item.Target.DimensionId!);
                abbreviations[abbreviation].Should().Be(item.Target.DimensionId, "one abbreviation names one dimension");
            }
            else
            {
                item.Target.Kind.Should().Be(ItemTargetKind.PowerBase);
                item.Id.Should().MatchRegex("^PB-(LEG|REW|COE|EXP|INF|REF)[1-3]$");
            }
        }

        CanonicalInstruments.Full.Items.Select(i => i.Id).Should().OnlyHaveUniqueItems();
        abbreviations.Should().HaveCount(19);
    }

    [Fact]
    public void Items_AreFirstPersonSentencesInPlainEnglish()
    {
        foreach (var item in CanonicalInstruments.Full.Items)
        {
            var text = item.Text.Default;
            item.Text.DefaultLanguageTag.Should().Be("en");
            text.Should().EndWith(".", item.Id);
            text.Length.Should().BeInRange(20, 110, item.Id);
            text.Should().MatchRegex(@"\b(I|me|my|My)\b", $"{item.Id} is a self-report item");
        }

        CanonicalInstruments.Full.Items.Select(i => i.Text.Default).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Properties_ReturnTheSameInstance_FromEveryThread()
    {
        var seen = new Instrument[8];
        Parallel.For(0, seen.Length, i => seen[i] = i % 2 == 0 ? CanonicalInstruments.Full : CanonicalInstruments.Short);

        seen.Where((_, i) => i % 2 == 0).Should().AllSatisfy(x => x.Should().BeSameAs(CanonicalInstruments.Full));
        seen.Where((_, i) => i % 2 == 1).Should().AllSatisfy(x => x.Should().BeSameAs(CanonicalInstruments.Short));
        CanonicalInstruments.All.Should().Equal(CanonicalInstruments.Full, CanonicalInstruments.Short);
    }

    [Fact]
    public void TryGet_UnknownId_ReturnsFalse()
    {
        CanonicalInstruments.TryGet("canonical-long", out var instrument).Should().BeFalse();
        instrument.Should().BeNull();
    }
}
