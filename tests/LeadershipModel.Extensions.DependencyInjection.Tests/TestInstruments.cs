using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Extensions.DependencyInjection.Tests;

/// <summary>
/// A small instrument whose profiles can be computed by hand (copied from the core tests until the canonical
/// instrument is available to every package).
/// </summary>
internal static class TestInstruments
{
    public static Dimension Dim(string id, int order) => new(
        id, "Dimension " + id, new Pole("Manage " + id, "The management end."), new Pole("Lead " + id, "The leadership end."), "Test", order, "A dimension for tests.");

    /// <summary>Two dimensions (alpha, beta), two items per pole with AM2 reversed; Likert 1–5.</summary>
    public static Instrument Small() => Instrument.Create(new InstrumentDefinition
    {
        Id = "small",
        Version = "1.0",
        Name = "Small test instrument",
        Scale = ResponseScale.Default,
        Dimensions = DimensionSet.Create([Dim("alpha", 1), Dim("beta", 2)]),
        Items =
        [
            new Item("AM1", "alpha management 1", ItemTarget.ForPole("alpha", PoleKind.Management)),
            new Item("AM2", "alpha management 2 (reversed)", ItemTarget.ForPole("alpha", PoleKind.Management), Keying.Reverse),
            new Item("AL1", "alpha leadership 1", ItemTarget.ForPole("alpha", PoleKind.Leadership)),
            new Item("AL2", "alpha leadership 2", ItemTarget.ForPole("alpha", PoleKind.Leadership)),
            new Item("BM1", "beta management 1", ItemTarget.ForPole("beta", PoleKind.Management)),
            new Item("BM2", "beta management 2", ItemTarget.ForPole("beta", PoleKind.Management)),
            new Item("BL1", "beta leadership 1", ItemTarget.ForPole("beta", PoleKind.Leadership)),
            new Item("BL2", "beta leadership 2", ItemTarget.ForPole("beta", PoleKind.Leadership)),
        ],
    });

    /// <summary>
    /// Answers 4, 2, 2, 3 | 5, 5, 1, 2: alpha M = mean(.75, .75) = .75, alpha L = mean(.25, .5) = .375,
    /// beta M = 1, beta L = mean(0, .25) = .125 with the default mean scorer.
    /// </summary>
    public static ResponseSet Answers(Instrument instrument) => ResponseSet.Create(
        instrument.Id, instrument.Version, "r1", instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, (double?)Values[i])));

    private static readonly double[] Values = [4, 2, 2, 3, 5, 5, 1, 2];
}
