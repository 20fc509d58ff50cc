using LeadershipModel.Responses;
using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.Tests.Simulation;

/// <summary>Instruments for the simulation tests.</summary>
internal static class SimulationInstruments
{
    public static Dimension Dim(string id, int order) => new(
        id, "Dimension " + id, new Pole("Manage " + id, "The management end."), new Pole("Lead " + id, "The leadership end."), "Test", order, "A dimension for tests.");

    /// <summary>Constructs <c>c1 … cN</c>, each with <paramref name="items"/> items <c>cS_I</c>; every third item of a scale reversed.</summary>
    public static Instrument Constructs(int scales, int items, ResponseScale scale) => Instrument.Create(new InstrumentDefinition
    {
        Id = "constructs",
        Version = "1.0",
        Name = "Construct scales",
        Scale = scale,
        Dimensions = DimensionSet.Empty,
        Constructs = Enumerable.Range(1, scales).Select(s => new Construct($"c{s}", $"Construct {s}")).ToEquatableArray(),
        Items = Enumerable.Range(1, scales)
            .SelectMany(s => Enumerable.Range(1, items).Select(i => new Item($"c{s}_{i}", $"item {i} of construct {s}", ItemTarget.ForConstruct($"c{s}"), i % 3 == 2 ? Keying.Reverse : Keying.Positive)))
            .ToEquatableArray(),
    });

    /// <summary>
    /// Two dimensions: alpha with three items per pole (the second of each reversed), beta with two bipolar items (one
    /// reversed); a referent base with three items; a construct with two items.
    /// </summary>
    public static Instrument Mixed(ResponseScale? scale = null) => Instrument.Create(new InstrumentDefinition
    {
        Id = "mixed",
        Version = "2.0",
        Name = "Mixed test instrument",
        Scale = scale ?? ResponseScale.Default,
        Dimensions = DimensionSet.Create([Dim("alpha", 1), Dim("beta", 2)]),
        Constructs = [new Construct("safety", "Psychological safety")],
        Items =
        [
            new Item("AM1", "alpha management 1", ItemTarget.ForPole("alpha", PoleKind.Management)),
            new Item("AM2", "alpha management 2", ItemTarget.ForPole("alpha", PoleKind.Management), Keying.Reverse),
            new Item("AM3", "alpha management 3", ItemTarget.ForPole("alpha", PoleKind.Management)),
            new Item("AL1", "alpha leadership 1", ItemTarget.ForPole("alpha", PoleKind.Leadership)),
            new Item("AL2", "alpha leadership 2", ItemTarget.ForPole("alpha", PoleKind.Leadership), Keying.Reverse),
            new Item("AL3", "alpha leadership 3", ItemTarget.ForPole("alpha", PoleKind.Leadership)),
            new Item("B1", "beta 1", ItemTarget.ForDimension("beta")),
            new Item("B2", "beta 2", ItemTarget.ForDimension("beta"), Keying.Reverse),
            new Item("R1", "referent 1", ItemTarget.ForPowerBase(PowerBase.Referent)),
            new Item("R2", "referent 2", ItemTarget.ForPowerBase(PowerBase.Referent)),
            new Item("R3", "referent 3", ItemTarget.ForPowerBase(PowerBase.Referent), Keying.Reverse),
            new Item("S1", "safety 1", ItemTarget.ForConstruct("safety")),
            new Item("S2", "safety 2", ItemTarget.ForConstruct("safety")),
        ],
    });

    /// <summary>Pearson correlation of two equally long series with no missing values.</summary>
    public static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var n = x.Count;
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }
}
