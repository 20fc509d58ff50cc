using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Tests;

/// <summary>Profiles scored by the engine from small instruments, in the manner of the core tests' TestInstruments.</summary>
internal static class TestProfiles
{
    public static readonly ExtensionKey<string> NoteKey = new("host-note");

    public static Dimension Dim(string id, int order, string? name = null, string? management = null, string? leadership = null) => new(
        id, name ?? "Dimension " + id, new Pole(management ?? "Manage " + id, "The management end."), new Pole(leadership ?? "Lead " + id, "The leadership end."), "Test", order, "A dimension for tests.");

    /// <summary>The nineteen canonical dimensions, three items per pole, and all six power bases with three items each. Likert 1–5.</summary>
    public static Instrument Canonical()
    {
        var items = new List<Item>();
        foreach (var d in CanonicalDimensions.All)
        {
            for (var k = 1; k <= 3; k++)
            {
                items.Add(new Item($"{d.Order}M{k}", $"{d.Id} management {k}", ItemTarget.ForPole(d.Id, PoleKind.Management)));
                items.Add(new Item($"{d.Order}L{k}", $"{d.Id} leadership {k}", ItemTarget.ForPole(d.Id, PoleKind.Leadership)));
            }
        }

        foreach (var b in Enum.GetValues<PowerBase>())
        {
            for (var k = 1; k <= 3; k++)
            {
                items.Add(new Item($"P{(int)b}{k}", $"{b} {k}", ItemTarget.ForPowerBase(b)));
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

    /// <summary>Two dimensions with two items per pole (weak), a referent base and a construct.</summary>
    public static Instrument Small(DimensionSet? dimensions = null) => Instrument.Create(new InstrumentDefinition
    {
        Id = "small",
        Version = "1.0",
        Name = "Small test instrument",
        Dimensions = dimensions ?? DimensionSet.Create([Dim("alpha", 1), Dim("beta", 2)]),
        Constructs = [new Construct("safety", "Psychological safety")],
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
            new Item("R1", "referent 1", ItemTarget.ForPowerBase(PowerBase.Referent)),
            new Item("R2", "referent 2", ItemTarget.ForPowerBase(PowerBase.Referent)),
            new Item("R3", "referent 3", ItemTarget.ForPowerBase(PowerBase.Referent)),
            new Item("S1", "safety 1", ItemTarget.ForConstruct("safety")),
            new Item("S2", "safety 2", ItemTarget.ForConstruct("safety")),
        ],
    });

    /// <summary>Two dimensions measured only by bipolar items (two each, one reversed). Likert 1–7.</summary>
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

    /// <summary>One dimension with both poles (alpha) and one measured only by bipolar items (beta).</summary>
    public static Instrument Mixed() => Instrument.Create(new InstrumentDefinition
    {
        Id = "mixed",
        Version = "1.0",
        Name = "Mixed test instrument",
        Dimensions = DimensionSet.Create([Dim("alpha", 1), Dim("beta", 2)]),
        Items =
        [
            new Item("AM1", "alpha management 1", ItemTarget.ForPole("alpha", PoleKind.Management)),
            new Item("AL1", "alpha leadership 1", ItemTarget.ForPole("alpha", PoleKind.Leadership)),
            new Item("B1", "beta 1", ItemTarget.ForDimension("beta")),
        ],
    });

    /// <summary>Only power bases: a profile with no dimension.</summary>
    public static Instrument AuthorityOnly() => Instrument.Create(new InstrumentDefinition
    {
        Id = "authority",
        Version = "1.0",
        Name = "Authority-only test instrument",
        Dimensions = DimensionSet.Empty,
        Items =
        [
            new Item("L1", "legitimate", ItemTarget.ForPowerBase(PowerBase.Legitimate)),
            new Item("E1", "expert", ItemTarget.ForPowerBase(PowerBase.Expert)),
            new Item("R1", "referent", ItemTarget.ForPowerBase(PowerBase.Referent)),
        ],
    });

    /// <summary>Dimensions whose names and pole labels carry markup and Markdown: <c>&lt;script&gt;</c>, <c>|</c>, <c>*</c>.</summary>
    public static DimensionSet HostileDimensions() => DimensionSet.Create(
    [
        Dim("alpha", 1, name: "<script>", management: "Keep | order *now*", leadership: "<b>Lead</b> & [link](http://x)"),
        Dim("beta", 2, name: "Beta `code` _under_ #1", management: "Manage \"beta\"", leadership: "Lead 'beta'"),
    ]);

    /// <summary>Scores answers, in item order, with an engine that has the instrument, a norm table and an enricher.</summary>
    public static LeadershipProfile Score(Instrument instrument, Func<int, double> answer, string respondentId = "r1", RaterRole role = RaterRole.Self, string? targetId = null, string? note = null)
    {
        var builder = ScoringEngine.CreateBuilder().AddInstrument(instrument);
        builder.UseNorms(NormTable.Create("test-norms", "Test norms", 100, [NormIndex.Create(IndexIds.Leadership, 100, [new NormPoint(0, 0), new NormPoint(0.5, 50), new NormPoint(1, 100)])]));
        if (note is not null)
        {
            builder.AddEnricher("host", args => args.Extensions.Set(NoteKey, note));
        }

        var engine = builder.Build();
        var set = ResponseSet.Create(instrument.Id, instrument.Version, respondentId, instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, (double?)answer(i))), role, targetId);
        var result = engine.Score(set);
        result.IsScored.Should().BeTrue(result.Rejection?.ToString());
        return result.Profile!;
    }

    /// <summary>A varied but fixed answer pattern on a 1–5 scale.</summary>
    public static double Pattern(int i) => 1 + ((i * 7) + (i / 3)) % 5;

    public static LeadershipProfile CanonicalProfile(string respondentId = "r1") => Score(Canonical(), Pattern, respondentId);

    public static LeadershipProfile BipolarProfile() => Score(BipolarOnly(), i => new[] { 2.0, 3, 6, 5 }[i]);
}
