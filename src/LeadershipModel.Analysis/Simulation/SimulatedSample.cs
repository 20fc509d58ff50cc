using System.Globalization;
using System.Text;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;
using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.Simulation;

/// <summary>
/// What <see cref="ResponseSimulator"/> made: the response sets, and the true latent scores of every target they are
/// about, so that every estimate can be checked against a known truth.
/// </summary>
/// <remarks>
/// <para><see cref="Traits"/> names the latent scores: for each dimension of the instrument, in order, its management
/// pole, its leadership pole and the dimension itself (orientation, <c>(θ_L − θ_M)/√2</c>); then each power base the
/// instrument measures, in declaration order; then each construct, in declaration order.</para>
/// <para>Response sets are ordered by target, then by role (self, manager, peer, direct report, other), then by
/// rater number. Their answers follow the instrument's item order, <see langword="null"/> when missing.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SimulatedSample
{
    private readonly Dictionary<ItemTarget, int> _traitIndex;
    private readonly Dictionary<string, int> _targetIndex;

    internal SimulatedSample(Instrument instrument, SimulationOptions options, EquatableArray<ItemTarget> traits, EquatableArray<SimulatedTarget> targets, EquatableArray<ResponseSet> responseSets)
    {
        Instrument = instrument;
        Options = options;
        Traits = traits;
        Targets = targets;
        ResponseSets = responseSets;
        _traitIndex = new Dictionary<ItemTarget, int>(traits.Count);
        for (var i = 0; i < traits.Count; i++)
        {
            _traitIndex.Add(traits[i], i);
        }

        _targetIndex = new Dictionary<string, int>(targets.Count, StringComparer.Ordinal);
        for (var i = 0; i < targets.Count; i++)
        {
            _targetIndex.Add(targets[i].Id, i);
        }
    }

    /// <summary>Gets the instrument answered.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the options the sample was made with.</summary>
    public SimulationOptions Options { get; }

    /// <summary>Gets the latent scores every target has, in the order of <see cref="SimulatedTarget.TrueScores"/>.</summary>
    public EquatableArray<ItemTarget> Traits { get; }

    /// <summary>Gets the targets, with their true latent scores.</summary>
    public EquatableArray<SimulatedTarget> Targets { get; }

    /// <summary>Gets the simulated response sets.</summary>
    public EquatableArray<ResponseSet> ResponseSets { get; }

    /// <summary>Gets the position of a latent score in <see cref="Traits"/>.</summary>
    /// <param name="trait">The latent score, such as <c>ItemTarget.ForPole("control-influence", PoleKind.Leadership)</c>.</param>
    /// <returns>The zero-based position.</returns>
    /// <exception cref="KeyNotFoundException">The sample has no such latent score.</exception>
    public int GetTraitIndex(ItemTarget trait)
    {
        ArgumentNullException.ThrowIfNull(trait);
        return _traitIndex.TryGetValue(trait, out var i) ? i : throw new KeyNotFoundException($"The sample has no latent score '{trait.Key}'.");
    }

    /// <summary>Gets the position of a target in <see cref="Targets"/>.</summary>
    /// <param name="targetId">The target id.</param>
    /// <returns>The zero-based position.</returns>
    /// <exception cref="KeyNotFoundException">The sample has no such target.</exception>
    public int GetTargetIndex(string targetId)
    {
        ArgumentNullException.ThrowIfNull(targetId);
        return _targetIndex.TryGetValue(targetId, out var i) ? i : throw new KeyNotFoundException($"The sample has no target '{targetId}'.");
    }

    /// <summary>Gets one target's true latent score.</summary>
    /// <param name="targetId">The target id.</param>
    /// <param name="trait">The latent score.</param>
    /// <returns>The true score.</returns>
    /// <exception cref="KeyNotFoundException">The sample has no such target or latent score.</exception>
    public double GetTrueScore(string targetId, ItemTarget trait) => Targets[GetTargetIndex(targetId)].TrueScores[GetTraitIndex(trait)];

    /// <summary>Gets every target's true latent score on one trait, in the order of <see cref="Targets"/>.</summary>
    /// <param name="trait">The latent score.</param>
    /// <returns>A new array, one value per target.</returns>
    /// <exception cref="KeyNotFoundException">The sample has no such latent score.</exception>
    public double[] GetTrueScores(ItemTarget trait)
    {
        var at = GetTraitIndex(trait);
        var result = new double[Targets.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Targets[i].TrueScores[at];
        }

        return result;
    }

    /// <summary>Gets a key for each scale of the instrument, named by its target's key (such as
    /// <c>control-influence/management</c>), reverse-keyed items marked; ready for
    /// <see cref="ReliabilityAnalysis.Alpha"/> and <see cref="ScaleScoring.ScoreItems"/>.</summary>
    /// <returns>The keys, in the order of <see cref="Instrument.Scales"/>.</returns>
    public IReadOnlyList<ScaleKey> GetScaleKeys() => Internal.InstrumentScaleKeys.For(Instrument);

    /// <summary>Puts the answers in a matrix: one row per response set, one column per item in instrument order.</summary>
    /// <returns>The matrix, with respondent, target and role per row.</returns>
    public ResponseMatrix ToMatrix() => ResponseMatrix.FromResponseSets(ResponseSets, Instrument);

    /// <summary>
    /// Writes the answers as a wide CSV file that <see cref="ResponseMatrixCsvReader"/> reads back: a header
    /// <c>respondent,target,role,&lt;item ids…&gt;</c>, then one row per response set; numbers in the invariant
    /// culture, shortest round-trip form; an empty field for a missing answer; lines end with <c>\n</c>.
    /// </summary>
    /// <param name="writer">The writer; left open.</param>
    /// <remarks>The text depends only on the sample, so the same seed and options give the same bytes on every platform.</remarks>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var line = new StringBuilder();
        SimulationCsv.WriteHeader(writer, line, Instrument, Options.Comments);
        foreach (var set in ResponseSets)
        {
            SimulationCsv.WriteRow(writer, line, set, Instrument, Options.Comments);
        }

        writer.Flush();
    }

    /// <summary>Writes the answers as CSV (see <see cref="WriteCsv(TextWriter)"/>) in UTF-8 without a byte order mark.</summary>
    /// <param name="stream">The stream; left open.</param>
    public void WriteCsv(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 65536, leaveOpen: true);
        WriteCsv(writer);
    }
}
