using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Scoring;

/// <summary>
/// The state of one scoring call, passed from step to step. One instance is cached per thread and reused, so a
/// profile costs no context allocation; a nested call (a plug-in that scores on the same thread) gets its own.
/// </summary>
/// <remarks>
/// <para>A step reads what earlier steps committed and writes its own results only after its last plug-in call
/// returned (its commit). A step that faults has therefore written nothing, and the runner applies its
/// fallback to the context as the step found it.</para>
/// <para>Not thread-safe: it belongs to one call.</para>
/// </remarks>
internal sealed class ScoringContext
{
    [ThreadStatic]
    private static ScoringContext? s_cached;

    private double[] _raw = [];
    private double[] _unit = [];
    private double[] _scratch = [];
    private bool[] _seen = [];
    private int[] _missing = [];
    private double[] _scaleMeans = [];
    private int[] _scaleCounts = [];
    private int[] _scaleAnswered = [];
    private bool[] _eligible = [];
    private double[] _standardErrors = [];
    private double[] _buffer = [];
    private LeadershipProfile? _published;

    private ScoringContext()
    {
    }

    /// <summary>Gets the compiled instrument, or <see langword="null"/> when the engine rejected the set before scoring (unknown instrument).</summary>
    public CompiledInstrument? Compiled { get; private set; }

    /// <summary>Gets the compiled instrument of a set that is being scored.</summary>
    public CompiledInstrument Instrument => Compiled!;

    public ResponseSet Set { get; private set; } = null!;

    public long Index { get; private set; }

    /// <summary>Gets the number of items of the instrument.</summary>
    public int ItemCount { get; private set; }

    /// <summary>Gets the raw answers by item (NaN = missing or invalid), written by answer validation.</summary>
    public Span<double> Raw => _raw.AsSpan(0, ItemCount);

    /// <summary>Gets which items were answered at all (an answer seen, even a null one), written by answer validation.</summary>
    public Span<bool> Seen => _seen.AsSpan(0, ItemCount);

    /// <summary>Gets the keyed values in [0, 1] by item (NaN = missing), written by the item transform and filled by imputation.</summary>
    public ReadOnlySpan<double> Unit => _unit.AsSpan(0, ItemCount);

    /// <summary>Gets the number of answered items.</summary>
    public int Answered { get; set; }

    /// <summary>
    /// Gets a buffer of one position per item, into which the item transform writes the positions of the items
    /// without a value, in order; the first <see cref="ItemCount"/> − <see cref="Answered"/> are those positions once
    /// it has committed (so the missing-data step need not look at every item).
    /// </summary>
    public Span<int> MissingItems => _missing.AsSpan(0, ItemCount);

    /// <summary>Gets the answered count per scale, written by the missing-data step.</summary>
    public Span<int> ScaleAnswered => _scaleAnswered.AsSpan(0, Instrument.Scales.Length);

    /// <summary>Gets whether each scale has enough answers to be scored, written by the missing-data step.</summary>
    public Span<bool> Eligible => _eligible.AsSpan(0, Instrument.Scales.Length);

    /// <summary>Gets the standard error of measurement per scale (NaN = unknown).</summary>
    public Span<double> StandardErrors => _standardErrors.AsSpan(0, Instrument.Scales.Length);

    /// <summary>Gets a scratch value per scale, for the built-in scorer's means.</summary>
    public Span<double> ScaleMeans => _scaleMeans.AsSpan(0, Instrument.Scales.Length);

    /// <summary>Gets a scratch count per scale, for the built-in scorer's means.</summary>
    public Span<int> ScaleCounts => _scaleCounts.AsSpan(0, Instrument.Scales.Length);

    /// <summary>Gets a buffer as long as the longest scale, for handing one scale's values to a scorer.</summary>
    public double[] ScaleBuffer => _buffer;

    public List<RejectionReason>? Problems { get; set; }

    public List<AnswerAdjustment>? Adjustments { get; set; }

    /// <summary>Gets the flags raised so far (too few answers); the assembly step adds the profile-level ones.</summary>
    public List<DiagnosticFlag>? Flags { get; set; }

    public ScaleScore[]? Scales { get; set; }

    public DimensionScore[]? Dimensions { get; set; }

    public int DimensionsScored { get; set; }

    public int Borderline { get; set; }

    public OverallIndices? Overall { get; set; }

    public AuthorityMeasurement? AuthorityMeasurement { get; set; }

    public AuthorityProfile? Authority { get; set; }

    public EquatableArray<ScaleScore> Constructs { get; set; }

    public bool ConstructsScored { get; set; }

    public EquatableArray<NormScore> Norms { get; set; }

    public int LongestRun { get; set; }

    public int RunLimit { get; set; }

    public double ResponseVariability { get; set; }

    /// <summary>Gets the profile as assembled, without extensions and failures.</summary>
    public LeadershipProfile? Profile { get; set; }

    /// <summary>Gets the values enrichers committed so far.</summary>
    public List<KeyValuePair<string, object?>>? Extensions { get; set; }

    /// <summary>Gets the plug-in failures recorded by the runner.</summary>
    public List<PluginFailure>? Failures { get; set; }

    public Rejection? Rejection { get; private set; }

    public bool IsRejected => Rejection is not null;

    /// <summary>
    /// Gets or sets the position of the item a step is working on (−1 = none), named in a fault's message. A
    /// position rather than the item, so that marking each item costs no reference store.
    /// </summary>
    public int FaultItemIndex { get; set; } = -1;

    /// <summary>Gets or sets the position of the scale a step is working on (−1 = none), named in a fault's message.</summary>
    public int FaultScaleIndex { get; set; } = -1;

    /// <summary>Gets the item a step was working on when it faulted, or <see langword="null"/>.</summary>
    public Item? FaultItem => FaultItemIndex >= 0 && Compiled is { } compiled ? compiled.Instrument.Items[FaultItemIndex] : null;

    /// <summary>Gets the scale a step was working on when it faulted, or <see langword="null"/>.</summary>
    public ItemTarget? FaultScale => FaultScaleIndex >= 0 && Compiled is { } compiled ? compiled.Scales[FaultScaleIndex].Target : null;

    /// <summary>Gets the profile observers see: the assembled profile with the committed extensions.</summary>
    public LeadershipProfile PublishedProfile => _published ??= Extensions is { Count: > 0 }
        ? Profile! with { Extensions = new ProfileExtensions(Extensions.ToEquatableArray()) }
        : Profile!;

    public static ScoringContext Rent(CompiledInstrument? compiled, ResponseSet set, long index)
    {
        var context = s_cached ?? new ScoringContext();
        s_cached = null;
        context.Compiled = compiled;
        context.Set = set;
        context.Index = index;
        if (compiled is not null)
        {
            var n = compiled.Instrument.Items.Count;
            var scales = compiled.Scales.Length;
            context.ItemCount = n;
            Ensure(ref context._raw, n);
            Ensure(ref context._unit, n);
            Ensure(ref context._scratch, n);
            Ensure(ref context._seen, n);
            Ensure(ref context._missing, n);
            Ensure(ref context._scaleAnswered, scales);
            Ensure(ref context._eligible, scales);
            Ensure(ref context._scaleMeans, scales);
            Ensure(ref context._scaleCounts, scales);
            Ensure(ref context._standardErrors, scales);
            Ensure(ref context._buffer, Math.Max(1, compiled.MaxScaleLength));
            // Unit needs no fill: the item transform writes every value before any step reads one.
            context._raw.AsSpan(0, n).Fill(double.NaN);
            context._seen.AsSpan(0, n).Clear();
            compiled.StandardErrors.CopyTo(context._standardErrors.AsSpan());
        }

        return context;
    }

    public static void Return(ScoringContext context)
    {
        context.Compiled = null;
        context.Set = null!;
        context.ItemCount = 0;
        context.Answered = 0;
        context.Problems = null;
        context.Adjustments = null;
        context.Flags = null;
        context.Scales = null;
        context.Dimensions = null;
        context.DimensionsScored = 0;
        context.Borderline = 0;
        context.Overall = null;
        context.AuthorityMeasurement = null;
        context.Authority = null;
        context.Constructs = default;
        context.ConstructsScored = false;
        context.Norms = default;
        context.LongestRun = 0;
        context.RunLimit = 0;
        context.ResponseVariability = double.NaN;
        context.Profile = null;
        context._published = null;
        context.Extensions = null;
        context.Failures = null;
        context.Rejection = null;
        context.FaultItemIndex = -1;
        context.FaultScaleIndex = -1;
        s_cached = context;
    }

    /// <summary>Gets a scratch array of one value per item, for a step to fill before it commits with <see cref="CommitUnit"/>.</summary>
    /// <param name="copyUnit">Whether the scratch starts as a copy of <see cref="Unit"/>.</param>
    /// <returns>The scratch values.</returns>
    public Span<double> UnitScratch(bool copyUnit)
    {
        var scratch = _scratch.AsSpan(0, ItemCount);
        if (copyUnit)
        {
            Unit.CopyTo(scratch);
        }

        return scratch;
    }

    /// <summary>Makes the scratch from <see cref="UnitScratch"/> the committed <see cref="Unit"/>.</summary>
    public void CommitUnit() => (_unit, _scratch) = (_scratch, _unit);

    /// <summary>Rejects the set; the runner then runs only the steps that see rejections (observers).</summary>
    /// <param name="reasons">Every reason.</param>
    public void Reject(IEnumerable<RejectionReason> reasons) => Rejection = new Rejection
    {
        Index = Index,
        RespondentId = Set.RespondentId,
        TargetId = Set.EffectiveTargetId,
        Role = Set.Role,
        InstrumentId = Set.InstrumentId,
        Reasons = reasons.ToEquatableArray(),
    };

    /// <summary>Gets the result: the rejection, or the published profile with the failures recorded.</summary>
    /// <returns>The result.</returns>
    public ScoringResult ToResult()
    {
        if (Rejection is not null)
        {
            return ScoringResult.Rejected(Rejection);
        }

        var profile = PublishedProfile;
        if (Failures is { Count: > 0 })
        {
            profile = profile with { Diagnostics = profile.Diagnostics with { PluginFailures = Failures.ToEquatableArray() } };
        }

        return ScoringResult.Scored(Index, profile);
    }

    private static void Ensure<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[Math.Max(length, array.Length * 2)];
        }
    }
}
