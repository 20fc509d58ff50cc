using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Tests.Serialization;

namespace LeadershipModel.Tests.Instruments;

public sealed class InstrumentFormTests
{
    private static InstrumentDefinition TwoItems(params InstrumentForm[] forms) => new()
    {
        Id = "forms",
        Version = "1",
        Name = "Forms",
        Items =
        [
            new Item("a", "I plan.", ItemTarget.ForPowerBase(PowerBase.Expert)),
            new Item("b", "I listen.", ItemTarget.ForPowerBase(PowerBase.Referent)) { Labels = LabelSet.FrequencyId },
        ],
        LabelSets = [LabelSet.Frequency()],
        Forms = [.. forms],
    };

    private static InstrumentForm Observer(params (string Id, string Text)[] texts)
        => new(FormIds.Observer, texts.Select(t => new KeyValuePair<string, LocalizedText>(t.Id, t.Text)));

    [Fact]
    public void GetItemText_DeclaredForm_ReturnsTheFormsText()
    {
        var instrument = Instrument.Create(TwoItems(Observer(("a", "This person plans."), ("b", "This person listens."))));

        instrument.GetItemText("b", FormIds.Observer).Should().Be("This person listens.");
        instrument.GetItemText("b", FormIds.Self).Should().Be("I listen.");
    }

    [Fact]
    public void GetItemText_UndeclaredForm_FallsBackToTheItemsOwnText()
    {
        var instrument = Instrument.Create(TwoItems());

        instrument.GetItemText("a", FormIds.Observer).Should().Be("I plan.");
        instrument.HasForm(FormIds.Observer).Should().BeFalse();
        instrument.HasForm(FormIds.Self).Should().BeTrue();
        instrument.AvailableFormIds.Should().Equal(FormIds.Self);
    }

    [Fact]
    public void GetItemText_UnknownItem_Throws()
    {
        var instrument = Instrument.Create(TwoItems());

        instrument.Invoking(i => i.GetItemText("zz", FormIds.Self)).Should().Throw<ArgumentException>().WithMessage("*'zz'*");
    }

    [Fact]
    public void GetItemText_LocalizedForm_KeepsEveryLanguage()
    {
        var instrument = TestInstruments.Custom();

        instrument.GetLocalizedItemText("pace.m1", FormIds.Observer).Get("de").Should().Be("Diese Person gibt das Tempo vor.");
        instrument.AvailableFormIds.Should().Equal(FormIds.Self, FormIds.Observer);
    }

    [Fact]
    public void Validate_FormWithUnknownAndMissingItems_ReportsBothWithPaths()
    {
        var errors = Instrument.Validate(TwoItems(Observer(("a", "This person plans."), ("zz", "Nobody."))));

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo([
            ("$.forms[0].items", InstrumentErrorCodes.MissingText),
            ("$.forms[0].items.zz", InstrumentErrorCodes.UnknownItem),
        ]);
        errors.Single(e => e.Code == InstrumentErrorCodes.MissingText).Message.Should().Contain("'b'");
    }

    [Fact]
    public void Validate_DuplicateFormId_IsReported()
    {
        var form = Observer(("a", "This person plans."), ("b", "This person listens."));

        Instrument.Validate(TwoItems(form, form)).Should().ContainSingle()
            .Which.Should().Be(new InstrumentError("$.forms[1].id", InstrumentErrorCodes.DuplicateId, "Form id 'observer' is already used by $.forms[0]."));
    }

    [Fact]
    public void Validate_OpenQuestionWithoutAnObserverText_IsReported()
    {
        var definition = TwoItems(Observer(("a", "This person plans."), ("b", "This person listens."))) with
        {
            OpenQuestions = [new OpenQuestion("keep", [new(FormIds.Self, "What should I keep doing?")])],
        };

        Instrument.Validate(definition).Should().ContainSingle()
            .Which.Should().Match<InstrumentError>(e => e.Path == "$.openQuestions[0].texts" && e.Code == InstrumentErrorCodes.MissingText && e.Message.Contains("'observer'"));
    }

    [Fact]
    public void OpenQuestion_GetText_FallsBackToSelfThenFirst()
    {
        var question = new OpenQuestion("change", [new(FormIds.Observer, "What should this person do differently?"), new(FormIds.Self, "What should I do differently?")]);

        question.GetText(FormIds.Observer).Default.Should().Be("What should this person do differently?");
        question.GetText("peer").Default.Should().Be("What should I do differently?");
        new OpenQuestion("x", [new(FormIds.Observer, "Only observer.")]).GetText(FormIds.Self).Default.Should().Be("Only observer.");
    }

    [Fact]
    public void OpenQuestion_DuplicateForm_Throws()
        => FluentActions.Invoking(() => new OpenQuestion("x", [new(FormIds.Self, "A"), new(FormIds.Self, "B")])).Should().Throw<ArgumentException>();

    [Fact]
    public void GetAnswerLabels_ItemWithASet_GetsTheSetsLabels_OthersTheScales()
    {
        var instrument = Instrument.Create(TwoItems());

        instrument.GetAnswerLabels(instrument.Items[1]).Select(l => l.Text.Default).Should().Equal("Never", "Rarely", "Sometimes", "Often", "Almost always");
        instrument.GetAnswerLabels(instrument.Items[0]).Should().Equal(ResponseScale.Default.Labels);
    }

    [Fact]
    public void Validate_ItemNamingAnUndeclaredLabelSet_IsReported()
    {
        var definition = TwoItems() with { LabelSets = [] };

        Instrument.Validate(definition).Should().ContainSingle().Which.Path.Should().Be("$.items[1].labels");
    }

    [Fact]
    public void Validate_LabelOffTheScale_IsReported()
    {
        var definition = TwoItems() with { LabelSets = [new LabelSet(LabelSet.FrequencyId, [new ScaleLabel(7, "Always")])] };

        Instrument.Validate(definition).Should().ContainSingle().Which.Code.Should().Be(InstrumentErrorCodes.UnknownLabels);
    }

    [Theory]
    [InlineData(RaterRole.Self, FormIds.Self)]
    [InlineData(RaterRole.Manager, FormIds.Observer)]
    [InlineData(RaterRole.Peer, FormIds.Observer)]
    [InlineData(RaterRole.DirectReport, FormIds.Observer)]
    [InlineData(RaterRole.Other, FormIds.Observer)]
    public void ForRole_MapsSelfToSelf_AndEveryOtherRoleToObserver(RaterRole role, string form)
        => FormIds.ForRole(role).Should().Be(form);

    [Fact]
    public void Equality_FormsTakePart()
    {
        var a = TwoItems(Observer(("a", "This person plans."), ("b", "This person listens.")));
        var b = TwoItems(Observer(("a", "This person plans."), ("b", "This person listens!")));

        Instrument.Create(a).Should().Be(Instrument.Create(a with { }));
        Instrument.Create(a).Should().NotBe(Instrument.Create(b));
    }
}
