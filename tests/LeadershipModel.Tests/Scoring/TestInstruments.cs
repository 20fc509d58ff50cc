using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Tests.Scoring;

/// <summary>Small instruments whose profiles can be computed by hand.</summary>
internal static class TestInstruments
{
    public static Dimension Dim(string id, int order) => new(
        id, "Dimension " + id, new Pole("Manage " + id, "The management end."), new Pole("Lead " + id, "The leadership end."), "Test", order, "A dimension for tests.");

    /// <summary>
    /// Two dimensions (alpha, beta), two items per pole with the second management item of alpha reversed; a
    /// referent base with three items; a construct 'safety' with two items. Likert 1–5.
    /// </summary>
    public static Instrument Small(ResponseScale? scale = null, IEnumerable<ScaleReliability>? reliabilities = null, double betaWeight = 1) => Instrument.Create(new InstrumentDefinition
    {
        Id = "small",
        Version = "1.0",
        Name = "Small test instrument",
        Scale = scale ?? ResponseScale.Default,
        Dimensions = DimensionSet.Create([Dim("alpha", 1), Dim("beta", 2)]),
        Constructs = [new Construct("safety", "Psychological safety")],
        Items =
        [
            new Item("AM1", "alpha management 1", ItemTarget.ForPole("alpha", PoleKind.Management)),
            new Item("AM2", "alpha management 2 (reversed)", ItemTarget.ForPole("alpha", PoleKind.Management), Keying.Reverse),
            new Item("AL1", "alpha leadership 1", ItemTarget.ForPole("alpha", PoleKind.Leadership)),
            new Item("AL2", "alpha leadership 2", ItemTarget.ForPole("alpha", PoleKind.Leadership)),
            new Item("BM1", "beta management 1", ItemTarget.ForPole("beta", PoleKind.Management)),
            new Item("BM2", "beta management 2", ItemTarget.ForPole("beta", PoleKind.Management), weight: betaWeight),
            new Item("BL1", "beta leadership 1", ItemTarget.ForPole("beta", PoleKind.Leadership)),
            new Item("BL2", "beta leadership 2", ItemTarget.ForPole("beta", PoleKind.Leadership)),
            new Item("R1", "referent 1", ItemTarget.ForPowerBase(PowerBase.Referent)),
            new Item("R2", "referent 2", ItemTarget.ForPowerBase(PowerBase.Referent)),
            new Item("R3", "referent 3", ItemTarget.ForPowerBase(PowerBase.Referent)),
            new Item("S1", "safety 1", ItemTarget.ForConstruct("safety")),
            new Item("S2", "safety 2", ItemTarget.ForConstruct("safety")),
        ],
        Reliabilities = reliabilities?.ToEquatableArray() ?? default,
    });

    /// <summary>Two dimensions measured only by bipolar items (two each, one reversed).</summary>
    public static Instrument BipolarOnly() => Instrument.Create(new InstrumentDefinition
    {
        Id = "bipolar",
        Version = "1.0",
        Name = "Bipolar-only test instrument",
        Scale = ResponseScale.Likert(7),
        Dimensions = DimensionSet.Create([Dim("alpha", 1), Dim("beta", 2)]),
        Items =
        [
            new Item("A1", "alpha 1", ItemTarget.ForDimension("alpha")),
            new Item("A2", "alpha 2", ItemTarget.ForDimension("alpha"), Keying.Reverse),
            new Item("B1", "beta 1", ItemTarget.ForDimension("beta")),
            new Item("B2", "beta 2", ItemTarget.ForDimension("beta")),
        ],
    });

    public static ResponseSet Answers(Instrument instrument, params (string Item, double? Value)[] answers) => ResponseSet.Create(
        instrument.Id, instrument.Version, "r1", answers.Select(a => KeyValuePair.Create(a.Item, a.Value)));

    public static ResponseSet AllAnswered(Instrument instrument, params double[] values) => ResponseSet.Create(
        instrument.Id, instrument.Version, "r1", instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, (double?)values[i])));
}
