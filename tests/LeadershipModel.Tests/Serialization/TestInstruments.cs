using LeadershipModel.Instruments;

namespace LeadershipModel.Tests.Serialization;

/// <summary>Instruments that use every part of the JSON format.</summary>
internal static class TestInstruments
{
    public static Dimension Dimension(string id, int order = 1) => new(
        id,
        "Dimension " + id,
        new Pole("Manage " + id, "The management pole of " + id + "."),
        new Pole("Lead " + id, "The leadership pole of " + id + "."),
        Facets.Power,
        order,
        "A custom dimension for tests.");

    /// <summary>Custom dimensions, a construct, bipolar and unipolar items, translations, weights, reliabilities, a continuous scale,
    /// a label set, an observer form and an open question.</summary>
    public static Instrument Custom()
    {
        var safety = new Construct("psychological-safety", "Psychological safety", "Whether people feel safe to speak up.");
        var unipolar = ItemTarget.ForPole("pace", PoleKind.Management);
        return Instrument.Create(new InstrumentDefinition
        {
            Id = "custom-research",
            Version = "2.1.0-beta",
            Name = "Custom research instrument",
            Description = "Uses every part of the format.",
            Scale = ResponseScale.Create(0, 10, integerOnly: false, [new ScaleLabel(0, LocalizedText.Create([new("en", "Never"), new("de", "Nie")])), new ScaleLabel(10, "Always")]),
            Dimensions = DimensionSet.Create([Dimension("pace", 1), Dimension("focus", 2)]),
            Constructs = [safety],
            Items =
            [
                new Item("pace.m1", LocalizedText.Create([new("en", "I set the pace."), new("de", "Ich gebe das Tempo vor."), new("de-CH", "Ich gib s Tempo vor.")]), unipolar) { Labels = "often" },
                new Item("pace.m2", "I slow down for others.", unipolar, Keying.Reverse, 0.5),
                new Item("pace_l1", "I let the team find its pace.", ItemTarget.ForPole("pace", PoleKind.Leadership), Keying.Positive, 2),
                new Item("focus-1", "Details (0) … the whole (10).", ItemTarget.ForDimension("focus")),
                new Item("ref-1", LocalizedText.Of("Die Leute folgen mir gern.", "de"), ItemTarget.ForPowerBase(PowerBase.Referent)),
                new Item("safe-1", "I can admit a mistake here.", ItemTarget.ForConstruct(safety.Id)),
            ],
            LabelSets = [new LabelSet("often", [new ScaleLabel(0, "Not at all"), new ScaleLabel(10, LocalizedText.Create([new("en", "All the time"), new("de", "Immer")]))])],
            Forms =
            [
                new InstrumentForm(FormIds.Observer, [
                    new("pace.m1", LocalizedText.Create([new("en", "This person sets the pace."), new("de", "Diese Person gibt das Tempo vor.")])),
                    new("pace.m2", "This person slows down for others."),
                    new("pace_l1", "This person lets the team find its pace."),
                    new("focus-1", "Details (0) … the whole (10)."),
                    new("ref-1", LocalizedText.Of("Ich folge dieser Person gern.", "de")),
                    new("safe-1", "I can admit a mistake to this person."),
                ]),
            ],
            OpenQuestions = [new OpenQuestion("keep", [new(FormIds.Self, "What should I keep doing?"), new(FormIds.Observer, "What should this person keep doing?")])],
            Reliabilities = [new ScaleReliability(unipolar, 0.81, 0.17), new ScaleReliability(ItemTarget.ForDimension("focus"), 0.7, 0.2)],
            IsValidated = true,
            Notes = "Quotes \" and backslashes \\ survive; so do <tags> & ampersands.",
        });
    }

    /// <summary>The smallest instrument the format allows: one item, no optional fields.</summary>
    public static Instrument Minimal() => Instrument.Create(new InstrumentDefinition
    {
        Id = "minimal",
        Version = "1",
        Name = "Minimal",
        Items = [new Item("q1", "People trust my judgement.", ItemTarget.ForPowerBase(PowerBase.Expert))],
    });
}
