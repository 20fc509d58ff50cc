using LeadershipModel.Instruments;

namespace LeadershipModel.Scoring;

/// <summary>The mutable settings a builder collects; copied into an immutable engine by <c>Build()</c>.</summary>
internal sealed class EngineSettings
{
    public List<Instrument> Instruments { get; } = [];

    public AnswerValidationOptions AnswerValidation { get; set; } = new();

    public List<IResponseValidator> Validators { get; } = [];

    public IItemTransform ItemTransform { get; set; } = KeyedUnitTransform.Instance;

    public MissingDataOptions MissingData { get; set; } = new();

    public IScaleScorer ScaleScorer { get; set; } = new BuiltInScaleScorer(ScaleScoringMethod.Mean);

    /// <summary>Gets or sets whether raw scale scores are prorated sums (the built-in sum method) rather than means.</summary>
    public bool RawScoreIsSum { get; set; }

    public ClassificationOptions Classification { get; set; } = new();

    public IProfileClassifier Classifier { get; set; } = QuadrantProfileClassifier.Instance;

    public AuthorityModel AuthorityModel { get; set; } = AuthorityModel.Default;

    public IInfluenceOutcomeModel OutcomeModel { get; set; } = StrengthWeightedOutcomeModel.Instance;

    public INormProvider? NormProvider { get; set; }

    public List<IProfileEnricher> Enrichers { get; } = [];

    public List<ScoringObserver> Observers { get; } = [];

    public DiagnosticsOptions Diagnostics { get; set; } = new();
}
