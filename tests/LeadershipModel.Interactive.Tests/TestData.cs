using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Interactive.Tests;

/// <summary>Profiles scored by the engine and reliability results computed by Analysis, for the formatter tests.</summary>
internal static class TestData
{
    public const string Hostile = "<script>alert(1)</script>";

    public const string EncodedHostile = "&lt;script&gt;alert(1)&lt;/script&gt;";

    public static Dimension Dim(string id, int order, string name, string management, string leadership) => new(
        id, name, new Pole(management, "The management end."), new Pole(leadership, "The leadership end."), "Test", order, "A dimension for tests.");

    /// <summary>The nineteen canonical dimensions, two items per pole; Likert 1–5.</summary>
    public static Instrument Canonical()
    {
        var items = new List<Item>();
        foreach (var d in CanonicalDimensions.All)
        {
            for (var k = 1; k <= 2; k++)
            {
                items.Add(new Item($"{d.Order}M{k}", $"{d.Id} management {k}", ItemTarget.ForPole(d.Id, PoleKind.Management)));
                items.Add(new Item($"{d.Order}L{k}", $"{d.Id} leadership {k}", ItemTarget.ForPole(d.Id, PoleKind.Leadership)));
            }
        }

        return Instrument.Create(new InstrumentDefinition
        {
            Id = "canonical-test",
            Version = "1.0",
            Name = "Canonical test instrument",
            Dimensions = DimensionSet.Canonical,
            Items = items.ToEquatableArray(),
        });
    }

    /// <summary>Two custom dimensions with two items per pole.</summary>
    public static Instrument Custom(DimensionSet dimensions) => Instrument.Create(new InstrumentDefinition
    {
        Id = "custom",
        Version = "1.0",
        Name = "Custom test instrument",
        Dimensions = dimensions,
        Items =
        [
            new Item("AM1", "alpha management 1", ItemTarget.ForPole("alpha", PoleKind.Management)),
            new Item("AM2", "alpha management 2", ItemTarget.ForPole("alpha", PoleKind.Management)),
            new Item("AL1", "alpha leadership 1", ItemTarget.ForPole("alpha", PoleKind.Leadership)),
            new Item("AL2", "alpha leadership 2", ItemTarget.ForPole("alpha", PoleKind.Leadership)),
            new Item("BM1", "beta management 1", ItemTarget.ForPole("beta", PoleKind.Management)),
            new Item("BM2", "beta management 2", ItemTarget.ForPole("beta", PoleKind.Management)),
            new Item("BL1", "beta leadership 1", ItemTarget.ForPole("beta", PoleKind.Leadership)),
            new Item("BL2", "beta leadership 2", ItemTarget.ForPole("beta", PoleKind.Leadership)),
        ],
    });

    public static DimensionSet CustomDimensions() => DimensionSet.Create(
    [
        Dim("alpha", 1, "Alpha drive", "Keep the <b>order</b>", "Lead & inspire"),
        Dim("beta", 2, "Beta focus", "Count the parts", "See the whole"),
    ]);

    public static LeadershipProfile Score(Instrument instrument, string respondentId)
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        var answers = instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, (double?)(1 + (((i * 7) + (i / 3)) % 5))));
        var result = engine.Score(ResponseSet.Create(instrument.Id, instrument.Version, respondentId, answers));
        result.IsScored.Should().BeTrue(result.Rejection?.ToString());
        return result.Profile!;
    }

    public static LeadershipProfile CanonicalProfile(string respondentId = "r1") => Score(Canonical(), respondentId);

    public static ResponseMatrix Matrix() => ResponseMatrix.FromRows(
        [[1, 2, 5, 1], [2, 2, 4, 2], [3, 4, 3, 3], [4, 4, 2, 4], [5, 5, 1, 5], [2, 3, 4, 2], [double.NaN, 4, 2, 3]],
        ["A", "B", "C", "D"]);
}
