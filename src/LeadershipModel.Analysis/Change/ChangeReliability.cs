using System.Collections.Frozen;
using LeadershipModel.Analysis.Internal;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Instruments;
using LeadershipModel.Internal;
using LeadershipModel.Norms;
using LeadershipModel.Responses;

namespace LeadershipModel.Analysis.Change;

/// <summary>
/// The reliabilities reliable change uses, with their source named: a norm table (whose standard deviations are used
/// too), the pre sample's coefficient alpha, or the instrument's declared reliabilities.
/// </summary>
/// <remarks>
/// <para>Reliabilities are keyed by index id (see <see cref="IndexIds"/>). Only scale scores have one: dimension
/// poles, bipolar orientation scales, power bases and constructs. Overall indices, per-dimension orientation and
/// integration computed from two poles, authority sources and the follower-conferred share have none unless a norm
/// table gives one.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ChangeReliability
{
    private ChangeReliability(string source, FrozenDictionary<string, double> reliabilities, FrozenDictionary<string, double>? standardDeviations)
    {
        Source = source;
        Reliabilities = reliabilities;
        StandardDeviations = standardDeviations;
    }

    /// <summary>Gets where the reliabilities come from, in words, as every change output names it.</summary>
    public string Source { get; }

    /// <summary>Gets the reliability of each index that has one.</summary>
    public IReadOnlyDictionary<string, double> Reliabilities { get; }

    /// <summary>Gets the standard deviation of each index to use for the SEM (a norm table's), or <see langword="null"/>
    /// to use the SD of the matched people's pre scores.</summary>
    public IReadOnlyDictionary<string, double>? StandardDeviations { get; }

    /// <summary>Takes reliabilities and standard deviations from a norm table.</summary>
    /// <param name="table">The norm table.</param>
    /// <returns>The reliabilities.</returns>
    public static ChangeReliability FromNormTable(NormTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var r = new Dictionary<string, double>(StringComparer.Ordinal);
        var sd = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var index in table.Indices)
        {
            if (index.Reliability is { } rel)
            {
                r[index.IndexId] = rel;
            }

            if (index.StandardDeviation is { } s)
            {
                sd[index.IndexId] = s;
            }
        }

        return new ChangeReliability($"norm table '{table.Id}' ({table.Name}, n = {table.SampleSize}): its reliabilities and standard deviations", r.ToFrozenDictionary(StringComparer.Ordinal), sd.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Takes the reliabilities the instrument declares.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>The reliabilities; <see langword="null"/> when the instrument declares none.</returns>
    public static ChangeReliability? FromInstrument(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var r = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var scale in instrument.Scales)
        {
            if (instrument.GetReliability(scale.Target) is { } declared)
            {
                r[IndexIds.ForTarget(scale.Target)] = declared.Reliability;
            }
        }

        return r.Count == 0 ? null : new ChangeReliability($"reliabilities declared by instrument '{instrument.Id}' {instrument.Version}", r.ToFrozenDictionary(StringComparer.Ordinal), null);
    }

    /// <summary>Takes each scale's raw coefficient alpha in the first administration's answers (as psych's <c>alpha</c>).</summary>
    /// <param name="pre">The first administration's response sets (self-assessments, as a rule).</param>
    /// <param name="instrument">The instrument answered.</param>
    /// <returns>The reliabilities; a scale whose alpha is not in [0, 1] has none.</returns>
    public static ChangeReliability FromSampleAlpha(IEnumerable<ResponseSet> pre, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(pre);
        ArgumentNullException.ThrowIfNull(instrument);
        var data = ResponseMatrix.FromResponseSets(pre, instrument);
        var keys = InstrumentScaleKeys.For(instrument);
        var alphas = ReliabilityAnalysis.AlphaScales(data, keys);
        var r = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (alphas[i].RawAlpha is { } a && a is >= 0 and <= 1)
            {
                r[IndexIds.ForTarget(instrument.Scales[i].Target)] = a;
            }
        }

        return new ChangeReliability($"coefficient alpha of each scale in the first administration (n = {data.RespondentCount})", r.ToFrozenDictionary(StringComparer.Ordinal), null);
    }

    /// <summary>Uses reliabilities given directly, such as published figures.</summary>
    /// <param name="source">Where they come from, in words.</param>
    /// <param name="reliabilities">The reliability of each index id, each in [0, 1].</param>
    /// <param name="standardDeviations">The standard deviation of each index for the SEM, or <see langword="null"/> for the pre scores' SD.</param>
    /// <returns>The reliabilities.</returns>
    /// <exception cref="ArgumentException">The source is blank, or a value is out of range.</exception>
    public static ChangeReliability FromValues(string source, IReadOnlyDictionary<string, double> reliabilities, IReadOnlyDictionary<string, double>? standardDeviations = null)
    {
        Preconditions.NotBlank(source);
        ArgumentNullException.ThrowIfNull(reliabilities);
        foreach (var (id, r) in reliabilities)
        {
            if (!(r >= 0 && r <= 1))
            {
                throw new ArgumentException($"The reliability of '{id}' is {r}; it must lie in [0, 1].", nameof(reliabilities));
            }
        }

        if (standardDeviations is not null && standardDeviations.Any(p => !(p.Value >= 0) || !double.IsFinite(p.Value)))
        {
            throw new ArgumentException("Every standard deviation must be finite and not negative.", nameof(standardDeviations));
        }

        return new ChangeReliability(source, reliabilities.ToFrozenDictionary(StringComparer.Ordinal), standardDeviations?.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
