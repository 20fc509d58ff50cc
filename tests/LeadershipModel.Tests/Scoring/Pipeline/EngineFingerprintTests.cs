using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Scoring;

namespace LeadershipModel.Tests.Scoring.Pipeline;

/// <summary>The fingerprint is built from the steps' descriptions: every setting that can change a profile changes it, and the order of the builder calls does not.</summary>
public sealed class EngineFingerprintTests
{
    private static readonly Instrument Small = TestInstruments.Small();

    /// <summary>One engine per setting, each differing from the plain engine in that setting alone.</summary>
    private static readonly (string Setting, Func<ScoringEngineBuilder, ScoringEngineBuilder> Configure)[] Variants =
    [
        ("plain", b => b),
        ("another instrument", b => ScoringEngine.CreateBuilder().AddInstrument(TestInstruments.Small(betaWeight: 2))),
        ("instrument reliabilities", b => ScoringEngine.CreateBuilder().AddInstrument(TestInstruments.Small(reliabilities: [new ScaleReliability(ItemTarget.ForPole("alpha", PoleKind.Management), 0.8, 0.2)]))),
        ("answer policy", b => b.UseAnswerValidation(InvalidAnswerPolicy.TreatAsMissing)),
        ("host validator", b => b.AddResponseValidator("consent", _ => { })),
        ("item transform", b => b.UseItemTransform(new NamedTransform())),
        ("minimum share", b => b.UseMissingData(new MissingDataOptions { MinimumAnsweredShare = 0.75 })),
        ("imputation by mean", b => b.UseMissingData(Imputation(ImputationMethod.ItemMean, 3))),
        ("imputation statistics", b => b.UseMissingData(Imputation(ImputationMethod.ItemMean, 4))),
        ("imputation by median", b => b.UseMissingData(Imputation(ImputationMethod.ItemMedian, 3))),
        ("sum scoring", b => b.UseScaleScoring(ScaleScoringMethod.Sum)),
        ("weighted scoring", b => b.UseScaleScoring(ScaleScoringMethod.WeightedMean)),
        ("custom scorer", b => b.UseScaleScorer(new NamedScorer())),
        ("threshold", b => b.UseClassification(new ClassificationOptions { Threshold = 0.4 })),
        ("classifier", b => b.UseProfileClassifier(new NamedClassifier())),
        ("authority model", b => b.UseAuthorityModel(OtherAuthorityModel())),
        ("outcome model", b => b.UseAuthorityModel(AuthorityModel.Default, new NamedOutcomeModel())),
        ("norm table", b => b.UseNorms(Table(50))),
        ("norm table content", b => b.UseNorms(Table(60))),
        ("enricher", b => b.AddEnricher("tag", _ => { })),
        ("long-run share", b => b.UseDiagnostics(new DiagnosticsOptions { LongRunShare = 0.9 })),
    ];

    [Fact]
    public void Fingerprint_EachSettingInTurn_GivesADistinctFingerprint()
    {
        var fingerprints = Variants.Select(v => (v.Setting, v.Configure(ScoringEngine.CreateBuilder().AddInstrument(Small)).Build().Fingerprint)).ToList();
        var clashes = fingerprints.GroupBy(f => f.Fingerprint).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g.Select(f => f.Setting)));
        clashes.Should().BeEmpty();
    }

    [Fact]
    public void Fingerprint_EqualSettingsInAnotherOrder_AreEqual()
    {
        var statistics = Small.Items.Select((i, k) => new ItemStatistic(i.Id, 2 + (k % 3), 3)).ToList();
        var table = Table(50);
        var reordered = NormTable.Create(table.Id, table.Name, table.SampleSize, table.Indices.Reverse());
        var a = ScoringEngine.CreateBuilder()
            .AddInstrument(Small)
            .AddInstrument(TestInstruments.BipolarOnly())
            .UseNorms(table)
            .UseClassification(new ClassificationOptions { Threshold = 0.4 })
            .UseMissingData(new MissingDataOptions { Imputation = ImputationMethod.ItemMean, ItemStatistics = statistics.Concat(Bipolar(3)).ToEquatableArray() })
            .AddEnricher("tag", _ => { })
            .Build();
        var b = ScoringEngine.CreateBuilder()
            .AddEnricher("tag", _ => { })
            .UseMissingData(new MissingDataOptions { Imputation = ImputationMethod.ItemMean, ItemStatistics = Bipolar(3).Concat(Enumerable.Reverse(statistics)).ToEquatableArray() })
            .UseClassification(new ClassificationOptions { Threshold = 0.4 })
            .AddObserver(new QuietObserver())
            .UseNorms(reordered)
            .AddInstrument(TestInstruments.BipolarOnly())
            .AddInstrument(TestInstruments.Small())
            .Build();
        b.Fingerprint.Should().Be(a.Fingerprint);
        var set = TestInstruments.AllAnswered(Small, 4, 2, 2, 3, 5, 5, 1, 2, 5, 4, 3, 1, 5);
        b.Score(set).Should().Be(a.Score(set));
    }

    private static MissingDataOptions Imputation(ImputationMethod method, double mean) => new()
    {
        Imputation = method,
        ItemStatistics = Small.Items.Select(i => new ItemStatistic(i.Id, mean, 2)).ToEquatableArray(),
    };

    private static IEnumerable<ItemStatistic> Bipolar(double value) => TestInstruments.BipolarOnly().Items.Select(i => new ItemStatistic(i.Id, value, value));

    private static NormTable Table(double percentile) => NormTable.Create("test", "Test norms", 200,
    [
        NormIndex.Create(IndexIds.Management, 200, [new NormPoint(0.25, 10), new NormPoint(0.875, percentile)]),
        NormIndex.Create(IndexIds.Leadership, 200, [new NormPoint(0.25, 20), new NormPoint(0.75, 80)]),
    ]);

    private static AuthorityModel OtherAuthorityModel()
    {
        var d = AuthorityModel.Default;
        var referent = d.GetBase(PowerBase.Referent) with { DefaultOutcome = OutcomeWeights.Create(0.5, 0.5, 0) };
        return AuthorityModel.Create(d.Sources, d.Bases.Select(b => b.Base == PowerBase.Referent ? referent : b));
    }

    private sealed class NamedTransform : IItemTransform
    {
        public string Name => "named";

        public double Transform(in ItemTransformArguments arguments) => arguments.Scale.ToUnit(arguments.RawValue);
    }

    private sealed class NamedScorer : IScaleScorer
    {
        public string Name => "named";

        public double Score(in ScaleScoringArguments arguments) => 0.5;
    }

    private sealed class NamedClassifier : IProfileClassifier
    {
        public string Name => "named";

        public string? Classify(in ClassificationArguments arguments) => "type";
    }

    private sealed class NamedOutcomeModel : IInfluenceOutcomeModel
    {
        public string Name => "named";

        public OutcomeWeights? Estimate(EquatableArray<PowerBaseScore> bases, AuthorityModel model) => null;
    }

    private sealed class QuietObserver : ScoringObserver;
}
