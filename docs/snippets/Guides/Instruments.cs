using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Serialization;

namespace LeadershipModel.Snippets.Guides;

/// <summary>docs/instruments.md.</summary>
public static class InstrumentsGuide
{
    public static Instrument InCode()
    {
        #region instrument-in-code
        // Two of the canonical dimensions, a construct of the host's own, and a 1–7 agreement scale.
        var control = DimensionSet.Canonical["control-influence"];
        var visible = DimensionSet.Canonical["visible-invisible"];

        var pulse = Instrument.Create(new InstrumentDefinition
        {
            Id = "acme-pulse",
            Version = "1.0.0",
            Name = "Acme pulse",
            Scale = ResponseScale.Likert(7),
            Dimensions = DimensionSet.Create([control, visible]),
            Constructs = [new Construct("safety", "Psychological safety")],
            Items =
            [
                new Item("c-m1", "I decide how my team does its work.", ItemTarget.ForPole("control-influence", PoleKind.Management)),
                new Item("c-m2", "I let people choose their own methods.", ItemTarget.ForPole("control-influence", PoleKind.Management), Keying.Reverse),
                new Item("c-l1", "I win people over with reasons.", ItemTarget.ForPole("control-influence", PoleKind.Leadership)),
                new Item("v-m1", "I track what can be counted.", ItemTarget.ForPole("visible-invisible", PoleKind.Management)),
                new Item("v-l1", "I pay attention to how people feel about the work.", ItemTarget.ForPole("visible-invisible", PoleKind.Leadership)),
                new Item("s1", LocalizedText.Of("I can admit a mistake here."), ItemTarget.ForConstruct("safety")),
                new Item("r1", "People follow me because they trust me.", ItemTarget.ForPowerBase(PowerBase.Referent), weight: 2),
            ],
        });
        #endregion
        return pulse;
    }

    public static IReadOnlyList<InstrumentError> Validate()
    {
        #region instrument-validate
        var definition = new InstrumentDefinition
        {
            Id = "broken",
            Version = "1",
            Name = "Broken",
            Dimensions = DimensionSet.Canonical,
            Items = [new Item("q1", "An item.", ItemTarget.ForPole("no-such-dimension", PoleKind.Leadership))],
        };

        // Validate lists every problem at once; Instrument.Create throws InstrumentValidationException with the same list.
        foreach (var error in Instrument.Validate(definition))
        {
            Console.WriteLine($"{error.Path}: {error.Message} [{error.Code}]");
        }
        #endregion
        return Instrument.Validate(definition);
    }

    public static Instrument? FromJson()
    {
        #region instrument-json
        var read = JsonFormats.Instrument.Read(File.ReadAllText("samples/data/instrument.json"));
        if (!read.IsSuccess)
        {
            foreach (var error in read.Errors)
            {
                Console.WriteLine($"{error.Path}: {error.Message} [{error.Code}]");   // e.g. $.items[3].target.dimension
            }

            return null;
        }

        Instrument instrument = read.Value;
        string json = JsonFormats.Instrument.Write(instrument);   // and back, for the same instrument
        #endregion
        return json.Length > 0 ? instrument : null;
    }

    public static (string Self, string Observer) Forms()
    {
        #region instrument-forms
        var instrument = CanonicalInstruments.Short;
        var itemId = instrument.Items[0].Id;

        // Each rater role answers its own form: the self form in the first person, the observer form about the person.
        string self = instrument.GetItemText(itemId, FormIds.Self);
        string observer = instrument.GetItemText(itemId, FormIds.ForRole(RaterRole.Peer));
        #endregion
        return (self, observer);
    }
}
