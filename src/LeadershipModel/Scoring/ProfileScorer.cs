using System.Buffers;
using System.Globalization;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Responses;

namespace LeadershipModel.Scoring;

/// <summary>The pipeline that turns one validated-instrument response set into a profile or a rejection.</summary>
internal sealed class ProfileScorer
{
    private readonly AnswerValidationOptions _validation;
    private readonly IResponseValidator[] _validators;
    private readonly IItemTransform _transform;
    private readonly MissingDataOptions _missingData;
    private readonly IScaleScorer _scaleScorer;
    private readonly bool _sumMetric;
    private readonly double _threshold;
    private readonly IProfileClassifier _classifier;
    private readonly AuthorityModel _authorityModel;
    private readonly IInfluenceOutcomeModel _outcomeModel;
    private readonly INormProvider? _norms;
    private readonly IProfileEnricher[] _enrichers;
    private readonly ScoringObserver[] _observers;
    private readonly DiagnosticsOptions _diagnostics;

    public ProfileScorer(EngineSettings s)
    {
        _validation = s.AnswerValidation;
        _validators = [.. s.Validators];
        _transform = s.ItemTransform;
        _missingData = s.MissingData;
        _scaleScorer = s.ScaleScorer;
        _sumMetric = s.ScaleScorer is BuiltInScaleScorer { Method: ScaleScoringMethod.Sum };
        _threshold = s.Classification.Threshold;
        _classifier = s.Classifier;
        _authorityModel = s.AuthorityModel;
        _outcomeModel = s.OutcomeModel;
        _norms = s.NormProvider;
        _enrichers = [.. s.Enrichers];
        _observers = [.. s.Observers];
        _diagnostics = s.Diagnostics;
    }

    public ScoringResult Reject(ResponseSet set, long index, params RejectionReason[] reasons) => Reject(set, index, (IEnumerable<RejectionReason>)reasons);

    public ScoringResult Score(CompiledInstrument ci, ResponseSet set, long index)
    {
        var instrument = ci.Instrument;
        var n = instrument.Items.Count;
        var raw = ArrayPool<double>.Shared.Rent(n);
        var unit = ArrayPool<double>.Shared.Rent(n);
        var seen = ArrayPool<bool>.Shared.Rent(n);
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(1, ci.MaxScaleLength));
        try
        {
            Array.Fill(raw, double.NaN, 0, n);
            Array.Clear(seen, 0, n);
            List<RejectionReason>? problems = null;
            List<AnswerAdjustment>? adjustments = null;
            ValidateAnswers(instrument, set, raw, seen, ref problems, ref adjustments);

            foreach (var validator in _validators)
            {
                problems ??= [];
                try
                {
                    validator.Validate(new ResponseValidationArguments(set, instrument, problems, validator.Name));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    problems.Add(new RejectionReason(RejectionCodes.PluginFailed, $"Validator '{validator.Name}' failed: {Describe(ex)}"));
                }
            }

            if (problems is { Count: > 0 })
            {
                return Reject(set, index, problems);
            }

            var answered = 0;
            var items = instrument.Items.AsSpan();
            for (var i = 0; i < n; i++)
            {
                if (double.IsNaN(raw[i]))
                {
                    unit[i] = double.NaN;
                    continue;
                }

                answered++;
                double u;
                try
                {
                    u = _transform.Transform(new ItemTransformArguments(items[i], instrument.Scale, raw[i]));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    return Reject(set, index, new RejectionReason(RejectionCodes.PluginFailed, $"Item transform '{_transform.Name}' failed on item '{items[i].Id}': {Describe(ex)}", items[i].Id, PipelineSteps.ItemTransform));
                }

                if (!(u is >= 0 and <= 1))
                {
                    return Reject(set, index, new RejectionReason(RejectionCodes.PluginFailed, $"Item transform '{_transform.Name}' returned {u.ToString(CultureInfo.InvariantCulture)} for item '{items[i].Id}', outside [0, 1].", items[i].Id, PipelineSteps.ItemTransform));
                }

                unit[i] = u;
            }

            List<DiagnosticFlag>? flags = null;
            var scaleScores = new ScaleScore[ci.Scales.Length];
            for (var s = 0; s < ci.Scales.Length; s++)
            {
                var result = ScoreScale(ci, s, instrument.Scale, unit, buffer, ref flags, out var failure);
                if (failure is not null)
                {
                    return Reject(set, index, failure);
                }

                scaleScores[s] = result;
            }

            return Assemble(ci, set, index, raw.AsSpan(0, n), answered, scaleScores, flags, adjustments);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(raw);
            ArrayPool<double>.Shared.Return(unit);
            ArrayPool<bool>.Shared.Return(seen);
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    private static bool HasOpenQuestion(Instrument instrument, string questionId)
    {
        foreach (var question in instrument.OpenQuestions)
        {
            if (string.Equals(question.Id, questionId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void ValidateAnswers(Instrument instrument, ResponseSet set, double[] raw, bool[] seen, ref List<RejectionReason>? problems, ref List<AnswerAdjustment>? adjustments)
    {
        var scale = instrument.Scale;
        var policy = _validation.Policy;
        var items = instrument.Items.AsSpan();
        foreach (var (questionId, _) in set.Comments)
        {
            if (!HasOpenQuestion(instrument, questionId))
            {
                (problems ??= []).Add(new RejectionReason(RejectionCodes.UnknownQuestion, $"Instrument '{instrument.Id}' has no open question '{questionId}'.", questionId));
            }
        }

        var position = 0;
        foreach (var answer in set.Answers)
        {
            // Answers usually come in the instrument's item order: compare with the item at the same position before
            // looking the id up.
            var i = position < items.Length && string.Equals(items[position].Id, answer.ItemId, StringComparison.Ordinal)
                ? position
                : instrument.IndexOfItem(answer.ItemId);
            position++;
            if (i < 0)
            {
                if (policy == InvalidAnswerPolicy.Reject)
                {
                    (problems ??= []).Add(new RejectionReason(RejectionCodes.UnknownItem, $"Instrument '{instrument.Id}' has no item '{answer.ItemId}'.", answer.ItemId));
                }
                else
                {
                    (adjustments ??= []).Add(new AnswerAdjustment(answer.ItemId, answer.Value, null, RejectionCodes.UnknownItem));
                }

                continue;
            }

            if (seen[i])
            {
                (problems ??= []).Add(new RejectionReason(RejectionCodes.DuplicateAnswer, $"Item '{answer.ItemId}' is answered more than once.", answer.ItemId));
                continue;
            }

            seen[i] = true;
            if (answer.Value is not { } value)
            {
                continue;
            }

            if (scale.Contains(value))
            {
                raw[i] = value;
                continue;
            }

            switch (policy)
            {
                case InvalidAnswerPolicy.Reject:
                    (problems ??= []).Add(new RejectionReason(RejectionCodes.OutOfRange, OutOfRangeMessage(scale, value), answer.ItemId));
                    break;
                case InvalidAnswerPolicy.Clamp when double.IsFinite(value):
                    raw[i] = scale.Clamp(value);
                    (adjustments ??= []).Add(new AnswerAdjustment(answer.ItemId, value, raw[i], RejectionCodes.OutOfRange));
                    break;
                default:
                    (adjustments ??= []).Add(new AnswerAdjustment(answer.ItemId, value, null, RejectionCodes.OutOfRange));
                    break;
            }
        }
    }

    private static string OutOfRangeMessage(ResponseScale scale, double value)
    {
        var v = value.ToString(CultureInfo.InvariantCulture);
        var range = $"{scale.Min.ToString(CultureInfo.InvariantCulture)} to {scale.Max.ToString(CultureInfo.InvariantCulture)}";
        return !double.IsFinite(value) ? $"Answer {v} is not a finite number."
            : value < scale.Min || value > scale.Max ? $"Answer {v} lies outside the scale ({range})."
            : $"Answer {v} is not a whole number, and the scale ({range}) allows only whole numbers.";
    }

    private ScaleScore ScoreScale(CompiledInstrument ci, int s, ResponseScale answerScale, double[] unit, double[] buffer, ref List<DiagnosticFlag>? flags, out RejectionReason? failure)
    {
        failure = null;
        var scale = ci.Scales[s];
        var count = scale.ItemIndexes.Length;
        var answered = 0;
        for (var k = 0; k < count; k++)
        {
            var u = unit[scale.ItemIndexes[k]];
            buffer[k] = u;
            if (!double.IsNaN(u))
            {
                answered++;
            }
        }

        var standardError = scale.StandardError ?? _norms?.StandardError(scale.IndexId);
        if (answered == 0 || answered < _missingData.MinimumAnsweredShare * count)
        {
            (flags ??= new List<DiagnosticFlag>(4)).Add(new DiagnosticFlag(DiagnosticCodes.TooFewAnswered,
                $"Scale '{scale.Target.Key}' has {answered} of {count} items answered, fewer than the {_missingData.MinimumAnsweredShare.ToString("P0", CultureInfo.InvariantCulture)} required; it is not scored.",
                scale.Target.Key));
            return new ScaleScore { Target = scale.Target, Status = ScaleStatus.TooFewAnswered, ItemsAnswered = answered, ItemCount = count, StandardError = standardError };
        }

        if (_missingData.Imputation != ImputationMethod.None && answered < count)
        {
            var items = scale.Items.AsSpan();
            for (var k = 0; k < count; k++)
            {
                if (double.IsNaN(buffer[k]))
                {
                    var imputed = ci.Imputed[scale.ItemIndexes[k]];
                    buffer[k] = _transform.Transform(new ItemTransformArguments(items[k], answerScale, answerScale.Clamp(imputed)));
                }
            }
        }

        double score;
        try
        {
            score = _scaleScorer.Score(new ScaleScoringArguments(scale.Target, scale.Items, buffer.AsMemory(0, count), answered));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            failure = new RejectionReason(RejectionCodes.PluginFailed, $"Scale scorer '{_scaleScorer.Name}' failed on scale '{scale.Target.Key}': {Describe(ex)}", Step: PipelineSteps.ScaleScoring);
            return null!;
        }

        if (double.IsNaN(score))
        {
            return new ScaleScore { Target = scale.Target, Status = ScaleStatus.TooFewAnswered, ItemsAnswered = answered, ItemCount = count, StandardError = standardError };
        }

        if (!(score is >= 0 and <= 1))
        {
            failure = new RejectionReason(RejectionCodes.PluginFailed, $"Scale scorer '{_scaleScorer.Name}' returned {score.ToString(CultureInfo.InvariantCulture)} for scale '{scale.Target.Key}', outside [0, 1].", Step: PipelineSteps.ScaleScoring);
            return null!;
        }

        var rawMean = answerScale.Min + (score * (answerScale.Max - answerScale.Min));
        return new ScaleScore
        {
            Target = scale.Target,
            Status = ScaleStatus.Scored,
            Score = score,
            RawScore = _sumMetric ? rawMean * count : rawMean,
            ItemsAnswered = answered,
            ItemCount = count,
            StandardError = standardError,
        };
    }

    private ScoringResult Assemble(CompiledInstrument ci, ResponseSet set, long index, ReadOnlySpan<double> raw, int answered, ScaleScore[] scaleScores, List<DiagnosticFlag>? flags, List<AnswerAdjustment>? adjustments)
    {
        var dimensions = new DimensionScore[ci.Dimensions.Length];
        double sumM = 0, sumL = 0, sumO = 0, sumI = 0;
        int nM = 0, nL = 0, nO = 0, nI = 0, scored = 0, borderline = 0;
        for (var d = 0; d < dimensions.Length; d++)
        {
            var cd = ci.Dimensions[d];
            var m = cd.ManagementScale >= 0 ? scaleScores[cd.ManagementScale] : null;
            var l = cd.LeadershipScale >= 0 ? scaleScores[cd.LeadershipScale] : null;
            var b = cd.BipolarScale >= 0 ? scaleScores[cd.BipolarScale] : null;
            var position = new DimensionPosition
            {
                Management = m?.Score,
                Leadership = l?.Score,
                BipolarOrientation = b?.Score is { } bs ? Math.Clamp((2 * bs) - 1, -1, 1) : null,
                Threshold = _threshold,
            };
            var isBorderline = position.HasStrengths
                && ((m!.StandardError is { } em && Math.Abs(position.Management!.Value - _threshold) < em)
                    || (l!.StandardError is { } el && Math.Abs(position.Leadership!.Value - _threshold) < el));
            var score = new DimensionScore { DimensionId = cd.Id, Position = position, Management = m, Leadership = l, Bipolar = b, IsBorderline = isBorderline };
            dimensions[d] = score;
            borderline += isBorderline ? 1 : 0;
            Accumulate(position.Management, ref sumM, ref nM);
            Accumulate(position.Leadership, ref sumL, ref nL);
            Accumulate(position.Orientation, ref sumO, ref nO);
            Accumulate(position.Integration, ref sumI, ref nI);
            scored += position.Management.HasValue || position.Leadership.HasValue || position.Orientation.HasValue ? 1 : 0;
        }

        AuthorityProfile? authority = null;
        Span<double> bases = stackalloc double[AuthorityProfile.PowerBaseCount];
        bases.Fill(double.NaN);
        var measuredBases = 0;
        foreach (var (powerBase, s) in ci.Bases)
        {
            if (scaleScores[s].Score is { } strength)
            {
                AuthorityProfile.Add(bases, powerBase, strength, "baseStrengths");
                measuredBases++;
            }
        }

        if (measuredBases > 0)
        {
            authority = AuthorityProfile.FromStrengths(bases, _authorityModel, _outcomeModel);
        }

        var constructArray = ci.ConstructScales.Length == 0 ? [] : new ScaleScore[ci.ConstructScales.Length];
        var constructsScored = false;
        for (var c = 0; c < constructArray.Length; c++)
        {
            constructArray[c] = scaleScores[ci.ConstructScales[c]];
            constructsScored |= constructArray[c].Status == ScaleStatus.Scored;
        }

        var constructs = EquatableArray<ScaleScore>.TakeOwnership(constructArray);
        if (scored == 0 && authority is null && !constructsScored)
        {
            return Reject(set, index, new RejectionReason(RejectionCodes.InsufficientData,
                $"No scale could be scored: {answered} of {raw.Length} items answered, and every scale needs at least {_missingData.MinimumAnsweredShare.ToString("P0", CultureInfo.InvariantCulture)} of its items.",
                Step: PipelineSteps.MissingData));
        }

        double? overallM = nM > 0 ? sumM / nM : null, overallL = nL > 0 ? sumL / nL : null;
        var quadrant = overallM is { } om && overallL is { } ol ? QuadrantClassifier.Classify(Math.Clamp(om, 0, 1), Math.Clamp(ol, 0, 1), _threshold) : (Quadrant?)null;
        var overall = new OverallIndices
        {
            Management = overallM,
            Leadership = overallL,
            Orientation = nO > 0 ? sumO / nO : null,
            Integration = nI > 0 ? sumI / nI : null,
            Quadrant = quadrant,
            DimensionsScored = scored,

            // The built-in classifier names the quadrant: set it here rather than copying the record afterwards.
            ProfileType = _classifier is QuadrantProfileClassifier ? QuadrantProfileClassifier.ProfileTypeOf(quadrant) : null,
        };

        List<PluginFailure>? failures = null;
        var dimensionArray = EquatableArray<DimensionScore>.TakeOwnership(dimensions);
        if (_classifier is not QuadrantProfileClassifier)
        {
            try
            {
                overall = overall with { ProfileType = _classifier.Classify(new ClassificationArguments(overall, dimensionArray, authority, _threshold)) };
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                (failures ??= []).Add(Fail(index, _classifier.Name, PipelineSteps.Classification, ex));
            }
        }

        // The weak-poles flag alone (the common case) is a shared array; a list is made only for more flags.
        var weakPending = ci.WeakPolesFlag is not null;
        if (flags is not null && weakPending)
        {
            flags.Add(ci.WeakPolesFlag!);
            weakPending = false;
        }

        if (borderline > 0)
        {
            AddFlag(ref flags, ref weakPending, ci, new DiagnosticFlag(DiagnosticCodes.Borderline, $"{borderline} dimension quadrant{(borderline == 1 ? " is" : "s are")} within one standard error of measurement of the threshold."));
        }

        var longestRun = CarelessResponse.LongestRun(raw);
        var runLimit = Math.Max(4, (int)Math.Ceiling(_diagnostics.LongRunShare * raw.Length));
        if (longestRun >= runLimit)
        {
            AddFlag(ref flags, ref weakPending, ci, new DiagnosticFlag(DiagnosticCodes.LongRun, $"{longestRun} identical answers in a row (the limit is {runLimit}); the set may have been answered carelessly."));
        }

        if (adjustments is { Count: > 0 })
        {
            AddFlag(ref flags, ref weakPending, ci, new DiagnosticFlag(DiagnosticCodes.AnswerAdjusted, $"{adjustments.Count} answer{(adjustments.Count == 1 ? " was" : "s were")} treated as missing or clamped by the {_validation.Policy} policy."));
        }

        var irv = CarelessResponse.IntraIndividualVariability(raw);
        var norms = _norms is null ? default : CompareNorms(dimensions, overall, authority, constructs, index, failures ??= []);
        var flagArray = flags is { Count: > 0 } ? flags.ToEquatableArray() : weakPending ? ci.WeakPolesOnly : default;
        var profile = new LeadershipProfile
        {
            RespondentId = set.RespondentId,
            TargetId = set.EffectiveTargetId,
            Role = set.Role,
            Dimensions = dimensionArray,
            Overall = overall,
            Authority = authority,
            Constructs = constructs,
            Scales = EquatableArray<ScaleScore>.TakeOwnership(scaleScores),
            Norms = norms,
            Diagnostics = new ProfileDiagnostics
            {
                ItemsAnswered = answered,
                ItemCount = raw.Length,
                LongestRun = longestRun,
                ResponseVariability = double.IsNaN(irv) ? null : irv,
                AdjustedAnswers = adjustments?.ToEquatableArray() ?? default,
                Flags = flagArray,
            },
            Provenance = ci.Provenance,
        };

        if (_enrichers.Length > 0)
        {
            var extensions = new ProfileExtensionsBuilder();
            foreach (var enricher in _enrichers)
            {
                var before = extensions.Count;
                try
                {
                    enricher.Enrich(new EnrichmentArguments(profile, set, ci.Instrument, extensions));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    extensions.TruncateTo(before);
                    (failures ??= []).Add(Fail(index, enricher.Name, PipelineSteps.Enrichment, ex));
                }
            }

            profile = profile with { Extensions = extensions.Build() };
        }

        foreach (var observer in _observers)
        {
            try
            {
                observer.OnScored(new ProfileScoredArguments(index, set, profile));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                (failures ??= []).Add(Fail(index, observer.Name, PipelineSteps.Observation, ex));
            }
        }

        if (failures is { Count: > 0 })
        {
            profile = profile with { Diagnostics = profile.Diagnostics with { PluginFailures = failures.ToEquatableArray() } };
        }

        return ScoringResult.Scored(index, profile);
    }

    private EquatableArray<NormScore> CompareNorms(DimensionScore[] dimensions, OverallIndices overall, AuthorityProfile? authority, EquatableArray<ScaleScore> constructs, long index, List<PluginFailure> failures)
    {
        var results = new List<NormScore>();
        void Add(string id, double? score)
        {
            if (score is not { } value)
            {
                return;
            }

            try
            {
                if (_norms!.Compare(new NormArguments(id, value)) is { } norm)
                {
                    results.Add(norm);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add(Fail(index, _norms!.Name, PipelineSteps.Norms, ex));
            }
        }

        Add(IndexIds.Management, overall.Management);
        Add(IndexIds.Leadership, overall.Leadership);
        Add(IndexIds.Orientation, overall.Orientation);
        Add(IndexIds.Integration, overall.Integration);
        foreach (var d in dimensions)
        {
            Add(IndexIds.ForDimension(d.DimensionId, IndexIds.Management), d.Position.Management);
            Add(IndexIds.ForDimension(d.DimensionId, IndexIds.Leadership), d.Position.Leadership);
            Add(IndexIds.ForDimension(d.DimensionId, IndexIds.Orientation), d.Position.Orientation);
            Add(IndexIds.ForDimension(d.DimensionId, IndexIds.Integration), d.Position.Integration);
        }

        if (authority is not null)
        {
            foreach (var b in authority.Bases)
            {
                Add(IndexIds.ForPowerBase(b.Base), b.Strength);
            }

            foreach (var s in authority.Sources)
            {
                Add(IndexIds.ForSource(s.Source), s.Strength);
            }

            Add(IndexIds.FollowerShare, authority.FollowerConferredShare);
        }

        foreach (var c in constructs)
        {
            Add(IndexIds.ForConstruct(c.Target.ConstructId!), c.Score);
        }

        return results.ToEquatableArray();
    }

    private PluginFailure Fail(long index, string name, string step, Exception ex)
    {
        var failure = new PluginFailure(name, step, Describe(ex));
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnPluginFailed(new PluginFailedArguments(index, failure, ex));
            }
            catch (Exception inner) when (inner is not OutOfMemoryException)
            {
                // An observer that fails while hearing of a failure is not told again: that could loop.
            }
        }

        return failure;
    }

    private ScoringResult Reject(ResponseSet set, long index, IEnumerable<RejectionReason> reasons)
    {
        var rejection = new Rejection
        {
            Index = index,
            RespondentId = set.RespondentId,
            TargetId = set.EffectiveTargetId,
            Role = set.Role,
            InstrumentId = set.InstrumentId,
            Reasons = reasons.ToEquatableArray(),
        };
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnRejected(new ResponseRejectedArguments(set, rejection));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Fail(index, observer.Name, PipelineSteps.Observation, ex);
            }
        }

        return ScoringResult.Rejected(rejection);
    }

    private static void AddFlag(ref List<DiagnosticFlag>? flags, ref bool weakPending, CompiledInstrument ci, DiagnosticFlag flag)
    {
        flags ??= new List<DiagnosticFlag>(4);
        if (weakPending)
        {
            flags.Add(ci.WeakPolesFlag!);
            weakPending = false;
        }

        flags.Add(flag);
    }

    private static void Accumulate(double? value, ref double sum, ref int count)
    {
        if (value is { } v)
        {
            sum += v;
            count++;
        }
    }

    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";
}
