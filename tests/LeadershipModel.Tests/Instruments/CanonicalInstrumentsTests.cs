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
        full.Version.Should().Be(CanonicalInstruments.Version).And.Be("2.0.0");
        full.Scale.Should().Be(ResponseScale.Default);
        full.Dimensions.Should().Equal(DimensionSet.Canonical);
    }

    [Fact]
    public void Full_EveryPole_HasAtLeastFourItems_AndEveryPowerBaseFour()
    {
        foreach (var id in CanonicalDimensions.All.Select(d => d.Id))
        {
            Count(CanonicalInstruments.Full, ItemTarget.ForPole(id, PoleKind.Management)).Should().BeGreaterThanOrEqualTo(4, id);
            Count(CanonicalInstruments.Full, ItemTarget.ForPole(id, PoleKind.Leadership)).Should().BeGreaterThanOrEqualTo(4, id);
        }

        foreach (var powerBase in Enum.GetValues<PowerBase>())
        {
            Count(CanonicalInstruments.Full, ItemTarget.ForPowerBase(powerBase)).Should().BeGreaterThanOrEqualTo(4, powerBase.ToString());
        }

        CanonicalInstruments.Full.PowerBases.Should().Equal(Enum.GetValues<PowerBase>());
        CanonicalInstruments.Full.Items.Count.Should().Be(177);
    }

    [Fact]
    public void Short_EveryPoleAndEveryBase_HasTwoItems()
    {
        var shortForm = CanonicalInstruments.Short;

        shortForm.Id.Should().Be("canonical-short");
        shortForm.Version.Should().Be("2.0.0");
        foreach (var id in CanonicalDimensions.All.Select(d => d.Id))
        {
            Count(shortForm, ItemTarget.ForPole(id, PoleKind.Management)).Should().Be(2, id);
            Count(shortForm, ItemTarget.ForPole(id, PoleKind.Leadership)).Should().Be(2, id);
        }

        foreach (var powerBase in Enum.GetValues<PowerBase>())
        {
            Count(shortForm, ItemTarget.ForPowerBase(powerBase)).Should().Be(2, powerBase.ToString());
        }

        shortForm.Items.Count.Should().Be(88);
    }

    [Fact]
    public void Short_ItemsFormsAndQuestions_AreTheFullFormsWithTheSameIds()
    {
        foreach (var item in CanonicalInstruments.Short.Items)
        {
            CanonicalInstruments.Full.TryGetItem(item.Id, out var full).Should().BeTrue(item.Id);
            full.Should().Be(item);
            CanonicalInstruments.Short.GetItemText(item.Id, FormIds.Observer).Should().Be(CanonicalInstruments.Full.GetItemText(item.Id, FormIds.Observer));
        }

        CanonicalInstruments.Short.OpenQuestions.Should().Equal(CanonicalInstruments.Full.OpenQuestions);
    }

    [Theory]
    [InlineData("canonical")]
    [InlineData("canonical-short")]
    public void Version2_HasAnObserverTextForEveryItem_AndTwoOpenQuestions(string id)
    {
        CanonicalInstruments.TryGet(id, out var instrument).Should().BeTrue();

        instrument!.AvailableFormIds.Should().Equal(FormIds.Self, FormIds.Observer);
        foreach (var item in instrument.Items)
        {
            instrument.GetItemText(item.Id, FormIds.Observer).Should().NotBe(item.Text.Default, item.Id);
        }

        instrument.OpenQuestions.Select(q => q.Id).Should().Equal("keep-doing", "do-differently");
        instrument.OpenQuestions.Should().OnlyContain(q => q.GetText(FormIds.Observer).Default.Contains("this person") && q.GetText(FormIds.Self).Default.Contains(" I "));
    }

    [Fact]
    public void Version2_DimensionItemsUseFrequencyLabels_PowerBaseItemsAgreement()
    {
        foreach (var item in CanonicalInstruments.Full.Items)
        {
            var expected = item.Target.Kind == ItemTargetKind.Pole ? LabelSet.Frequency() : LabelSet.Agreement();
            item.Labels.Should().Be(expected.Id, item.Id);
            CanonicalInstruments.Full.GetAnswerLabels(item).Should().Equal(expected.Labels, item.Id);
        }
    }

    [Fact]
    public void Version2_NoItemIsReverseKeyed_AndNoTwoNeighboursShareAScale()
    {
        var items = CanonicalInstruments.Full.Items;

        items.Should().OnlyContain(i => !i.IsReversed);
        for (var i = 1; i < items.Count; i++)
        {
            items[i].Target.Should().NotBe(items[i - 1].Target, $"{items[i - 1].Id} and {items[i].Id} are neighbours");
        }
    }

    [Theory]
    [InlineData("canonical", 94)]
    [InlineData("canonical-short", 50)]
    public void Version1_StaysLoadable_ByIdAndVersion(string id, int items)
    {
        CanonicalInstruments.TryGet(id, CanonicalInstruments.Version1, out var instrument).Should().BeTrue();

        instrument!.Version.Should().Be("1.0.0");
        instrument.Items.Count.Should().Be(items);
        instrument.Forms.Should().BeEmpty();
        CanonicalInstruments.All.Should().Contain(instrument);
    }

    [Fact]
    public void Versions_ListTheCurrentLast_AndUnknownVersionsAreNotFound()
    {
        CanonicalInstruments.Versions.Should().Equal("1.0.0", "2.0.0");
        CanonicalInstruments.TryGet(CanonicalInstruments.FullId, "3.0.0", out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void ItemIds_AreNeverReusedWithADifferentText_AcrossVersions()
    {
        var texts = new Dictionary<string, (string Text, string Where)>(StringComparer.Ordinal);
        foreach (var instrument in CanonicalInstruments.All)
        {
            foreach (var item in instrument.Items)
            {
                var where = $"{instrument.Id} {instrument.Version}";
                if (texts.TryGetValue(item.Id, out var seen))
                {
                    item.Text.Default.Should().Be(seen.Text, $"item id {item.Id} in {where} was used by {seen.Where} for another text");
                }
                else
                {
                    texts.Add(item.Id, (item.Text.Default, where));
                }
            }
        }
    }

    [Fact]
    public void Version2_NotesSayScoresAreNotComparableWithVersion1()
    {
        foreach (var instrument in new[] { CanonicalInstruments.Full, CanonicalInstruments.Short })
        {
            instrument.Definition.Notes.Should().Contain("1.0.0 and version 2.0.0 are not comparable");
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
                item.Id.Should().MatchRegex(item.Target.Pole == PoleKind.Management ? "^[A-Z]{2}-M[3-9]$" : "^[A-Z]{2}-L[3-9]$");
                var abbreviation = item.Id[..2];
                abbreviations.TryAdd(abbreviation, item.Target.DimensionId!);
                abbreviations[abbreviation].Should().Be(item.Target.DimensionId, "one abbreviation names one dimension");
            }
            else
            {
                item.Target.Kind.Should().Be(ItemTargetKind.PowerBase);
                item.Id.Should().MatchRegex("^PB-(LEG|REW|COE|EXP|INF|REF)[4-9]$");
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
            CanonicalInstruments.Full.GetItemText(item.Id, FormIds.Observer).Should().MatchRegex(@"\b(this person|This person)\b", $"{item.Id} is an observer item");
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
        CanonicalInstruments.All.TakeLast(2).Should().Equal(CanonicalInstruments.Full, CanonicalInstruments.Short);
    }

    [Fact]
    public void TryGet_UnknownId_ReturnsFalse()
    {
        CanonicalInstruments.TryGet("canonical-long", out var instrument).Should().BeFalse();
        instrument.Should().BeNull();
    }
}
