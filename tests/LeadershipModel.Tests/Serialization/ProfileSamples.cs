using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using Small = LeadershipModel.Tests.Scoring.TestInstruments;

namespace LeadershipModel.Tests.Serialization;

/// <summary>Profiles scored by the engine for the JSON tests, covering every part of the profile format.</summary>
internal static class ProfileSamples
{
    public static readonly ExtensionKey<string> Suggestion = new("suggestion");
    public static readonly ExtensionKey<double> Score = new("host-score");
    public static readonly ExtensionKey<bool> Flagged = new("flagged");

    /// <summary>Norms for the small instrument, so that profiles carry percentiles, T-scores and standard errors.</summary>
    public static NormTable SmallNorms() => NormTable.Create("test-norms", "Test norms", 200,
    [
        NormIndex.Create(IndexIds.Management, 200, [new NormPoint(0.25, 10), new NormPoint(0.875, 60), new NormPoint(1, 90)]),
        NormIndex.Create(IndexIds.ForDimension("alpha", IndexIds.Leadership), 180, [new NormPoint(0, 0), new NormPoint(0.5, 50)], mean: 0.5, standardDeviation: 0.2, reliability: 0.75),
        NormIndex.Create(IndexIds.ForPowerBase(PowerBase.Referent), 150, [new NormPoint(0.1, 1.5), new NormPoint(1.0 / 3, 33.3), new NormPoint(0.9, 97.25)], mean: 0.6),
    ]);

    /// <summary>Profiles of the canonical instrument from varied, deterministic answers, with some items skipped.</summary>
    public static List<LeadershipProfile> Canonical(int count = 3)
    {
        var instrument = CanonicalInstruments.Full;
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        var profiles = new List<LeadershipProfile>();
        for (var r = 0; r < count; r++)
        {
            var answers = instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, (i * 7 + r * 3) % 11 == 0 ? null : (double?)(1 + ((i * (r + 2)) + r) % 5)));
            var set = ResponseSet.Create(instrument.Id, instrument.Version, "respondent-" + r, answers, r % 2 == 0 ? RaterRole.Self : RaterRole.Peer, r % 2 == 0 ? null : "target-" + r);
            profiles.Add(engine.Score(set).Profile!);
        }

        return profiles;
    }

    /// <summary>A profile of the small instrument with norms, diagnostics flags, an adjusted answer, a failed plug-in and extensions.</summary>
    public static LeadershipProfile Rich()
    {
        var instrument = Small.Small(reliabilities: [new ScaleReliability(ItemTarget.ForPole("beta", PoleKind.Management), 0.8, 0.5)]);
        var engine = ScoringEngine.CreateBuilder()
            .AddInstrument(instrument)
            .UseNorms(SmallNorms())
            .UseAnswerValidation(InvalidAnswerPolicy.TreatAsMissing)
            .AddEnricher("host", a =>
            {
                a.Extensions.Set(Suggestion, "Develop \"beta\" — ünïcode");
                a.Extensions.Set(Score, 0.1 + 0.2);
                a.Extensions.Set(Flagged, true);
            })
            .AddEnricher("crashing", _ => throw new InvalidOperationException("crashed"))
            .Build();
        var set = ResponseSet.Create(instrument.Id, instrument.Version, "r-rich",
            instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, item.Id == "BL2" ? 9 : (double?)new[] { 4, 2, 2, 3, 3, 3, 1, 2, 5, 4, 3, 1, 5 }[i])),
            RaterRole.DirectReport, "boss-1");
        return engine.Score(set).Profile!;
    }

    /// <summary>A profile of the bipolar-only instrument: orientation without strengths, integration null.</summary>
    public static LeadershipProfile Bipolar()
    {
        var instrument = Small.BipolarOnly();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        return engine.Score(Small.AllAnswered(instrument, 6, 2, 3, 5)).Profile!;
    }

    /// <summary>A profile of the small instrument with a construct too little answered to score.</summary>
    public static LeadershipProfile SmallWithGaps()
    {
        var instrument = Small.Small();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        return engine.Score(SmallWithGapsSet()).Profile!;
    }

    public static ResponseSet SmallWithGapsSet() => Small.Answers(Small.Small(), ("AM1", 4), ("AM2", 2), ("AL1", 5), ("AL2", 5), ("BM1", 1), ("BM2", 2), ("BL1", 3), ("BL2", 3), ("R1", 4), ("S1", null), ("S2", null));

    public static IEnumerable<LeadershipProfile> All() => [.. Canonical(), Rich(), Bipolar(), SmallWithGaps()];
}
