using LeadershipModel.Analysis.Internal;
using ProfileIndices = LeadershipModel.Internal.ProfileIndices;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Scoring;
using LeadershipModel.Internal;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;

namespace LeadershipModel.Analysis.Norms;

/// <summary>
/// Builds a <see cref="NormTable"/> from a norm sample of <see cref="LeadershipProfile"/>s, so that the scoring engine
/// (<see cref="NormsBuilderExtensions.UseNorms(ScoringEngineBuilder, NormTable)"/>) gives percentile ranks and
/// normalised T-scores, and, when reliabilities are added, standard errors of measurement.
/// </summary>
/// <remarks>
/// <para>Every index a profile has is normed under its <see cref="IndexIds"/> id: overall management, leadership,
/// orientation and integration; <c>{dimension}/management|leadership|orientation|integration</c>; <c>base/{base}</c>,
/// <c>source/{source}</c>, <c>follower-share</c>; <c>construct/{id}</c>. For each: the number of profiles that have it,
/// the mean, the sample standard deviation (n − 1; absent below two profiles), and one <see cref="NormPoint"/> per
/// distinct score with its <b>mid-rank percentile</b> <c>100 · (count below + 0.5 · count equal) / N</c>. The mid-rank
/// keeps ties fair (every one of N equal scores is at the 50th percentile) and never gives 0 or 100 within the sample,
/// so <see cref="NormTable.NormalizedTScore"/> is finite; between points the engine interpolates linearly.</para>
/// <para>Reliabilities are optional: <see cref="AddReliabilities"/> computes coefficient alpha
/// (<see cref="ReliabilityAnalysis.Alpha"/>) of every pole, power base and construct scale of two or more items in the
/// sample's answers, so that the engine can carry <c>SD · √(1 − α)</c> as each scale's standard error. Orientation and
/// integration are functions of two scales and get none.</para>
/// <para>The builder keeps every score until <see cref="Build"/> (8 bytes per index per profile). It is single-use and
/// not thread-safe; the table it builds is immutable and thread-safe.</para>
/// </remarks>
public sealed class NormTableBuilder
{
    private readonly string _id;
    private readonly string _name;
    private readonly Dictionary<string, List<double>> _scores = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, double> _reliabilities = new(StringComparer.Ordinal);
    private bool _built;

    /// <summary>Initializes a new builder.</summary>
    /// <param name="id">The table id, such as <c>company-2026</c>.</param>
    /// <param name="name">The display name.</param>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    public NormTableBuilder(string id, string name)
    {
        _id = Preconditions.NotBlank(id);
        _name = Preconditions.NotBlank(name);
    }

    /// <summary>Gets the number of profiles added.</summary>
    public int Count { get; private set; }

    /// <summary>Builds a norm table from a sample in one call.</summary>
    /// <param name="id">The table id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="profiles">The norm sample; at least one profile.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidOperationException">The sample is empty.</exception>
    public static NormTable Create(string id, string name, IEnumerable<LeadershipProfile> profiles)
        => new NormTableBuilder(id, name).AddRange(profiles).Build();

    /// <summary>Builds the norms of one index from its scores in a sample.</summary>
    /// <param name="indexId">The index id.</param>
    /// <param name="scores">The scores; at least one, all finite.</param>
    /// <param name="reliability">The reliability in [0, 1], if known.</param>
    /// <returns>The index: sample size, mean, standard deviation and mid-rank percentile points.</returns>
    /// <exception cref="ArgumentException">There are no scores, or one is not finite.</exception>
    public static NormIndex CreateIndex(string indexId, IEnumerable<double> scores, double? reliability = null)
    {
        Preconditions.NotBlank(indexId);
        var sorted = Preconditions.NotNull(scores).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException($"Index '{indexId}' needs at least one score.", nameof(scores));
        }

        foreach (var s in sorted)
        {
            if (!double.IsFinite(s))
            {
                throw new ArgumentException($"Index '{indexId}' has a score that is not a finite number.", nameof(scores));
            }
        }

        Array.Sort(sorted);
        return FromSorted(indexId, sorted, reliability);
    }

    /// <summary>Adds a profile of the norm sample.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The table was already built.</exception>
    public NormTableBuilder Add(LeadershipProfile profile)
    {
        Preconditions.NotNull(profile);
        ThrowIfBuilt();
        ProfileIndices.ForEach(profile, this, static (self, id, value) => self.AddScore(id, value));
        Count++;
        return this;
    }

    /// <summary>Adds profiles of the norm sample.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The table was already built.</exception>
    public NormTableBuilder AddRange(IEnumerable<LeadershipProfile> profiles)
    {
        foreach (var p in Preconditions.NotNull(profiles))
        {
            Add(p);
        }

        return this;
    }

    /// <summary>Sets the reliability of one index in the norm sample.</summary>
    /// <param name="indexId">The index id.</param>
    /// <param name="reliability">The reliability in [0, 1].</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reliability"/> lies outside [0, 1].</exception>
    /// <exception cref="InvalidOperationException">The table was already built.</exception>
    public NormTableBuilder AddReliability(string indexId, double reliability)
    {
        Preconditions.NotBlank(indexId);
        ThrowIfBuilt();
        if (!(reliability >= 0 && reliability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), reliability, "A reliability lies in [0, 1].");
        }

        _reliabilities[indexId] = reliability;
        return this;
    }

    /// <summary>
    /// Sets the reliability of every pole, power base and construct scale of the instrument to its coefficient alpha
    /// (psych's raw alpha) in the sample's answers. Scales of fewer than two items, scales with an item missing from
    /// the data, and scales whose alpha is negative or cannot be computed are left without one.
    /// </summary>
    /// <param name="data">The norm sample's answers, item columns named by the instrument's item ids.</param>
    /// <param name="instrument">The instrument.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The table was already built.</exception>
    public NormTableBuilder AddReliabilities(ResponseMatrix data, Instrument instrument)
    {
        Preconditions.NotNull(data);
        Preconditions.NotNull(instrument);
        ThrowIfBuilt();
        var alphaOptions = new AlphaOptions { Min = instrument.Scale.Min, Max = instrument.Scale.Max };
        foreach (var scale in instrument.Scales)
        {
            var target = scale.Target;
            var indexId = target.Kind switch
            {
                ItemTargetKind.Pole => IndexIds.ForDimension(target.DimensionId!, target.Pole == PoleKind.Management ? IndexIds.Management : IndexIds.Leadership),
                ItemTargetKind.PowerBase => IndexIds.ForPowerBase(target.PowerBase!.Value),
                ItemTargetKind.Construct => IndexIds.ForConstruct(target.ConstructId!),
                _ => null,
            };
            if (indexId is null || scale.ItemIndexes.Count < 2)
            {
                continue;
            }

            var items = scale.ItemIndexes.Select(i => instrument.Items[i]).ToList();
            if (items.Any(i => !data.TryGetItemIndex(i.Id, out _)))
            {
                continue;
            }

            var key = new ScaleKey { Name = indexId, Items = items.Select(i => new KeyedItem { ItemId = i.Id, Reversed = i.IsReversed }).ToEquatableArray() };
            if (ReliabilityAnalysis.Alpha(data, key, alphaOptions).RawAlpha is { } alpha && alpha >= 0 && alpha <= 1)
            {
                _reliabilities[indexId] = alpha;
            }
        }

        return this;
    }

    /// <summary>Builds the table. The builder cannot be used afterwards.</summary>
    /// <returns>The table, its indices in the order first met.</returns>
    /// <exception cref="InvalidOperationException">No profile was added, or the table was already built.</exception>
    public NormTable Build()
    {
        ThrowIfBuilt();
        if (Count == 0)
        {
            throw new InvalidOperationException("A norm table needs at least one profile.");
        }

        _built = true;
        var indices = new List<NormIndex>(_order.Count);
        foreach (var id in _order)
        {
            var scores = _scores[id];
            scores.Sort();
            indices.Add(FromSorted(id, scores.ToArray(), _reliabilities.TryGetValue(id, out var r) ? r : null));
        }

        _scores.Clear();
        return NormTable.Create(_id, _name, Count, indices);
    }

    private static NormIndex FromSorted(string indexId, double[] sorted, double? reliability)
    {
        var n = sorted.Length;
        double sum = 0;
        foreach (var s in sorted)
        {
            sum += s;
        }

        var mean = sum / n;
        double ss = 0;
        foreach (var s in sorted)
        {
            ss += (s - mean) * (s - mean);
        }

        double? sd = n > 1 ? Math.Sqrt(ss / (n - 1)) : null;
        var points = new List<NormPoint>();
        var below = 0;
        while (below < n)
        {
            var equal = 1;
            while (below + equal < n && sorted[below + equal] == sorted[below])
            {
                equal++;
            }

            points.Add(new NormPoint(sorted[below], Math.Clamp(100.0 * (below + (0.5 * equal)) / n, 0, 100)));
            below += equal;
        }

        return NormIndex.Create(indexId, n, points, mean, sd, reliability);
    }

    private void AddScore(string id, double value)
    {
        if (!_scores.TryGetValue(id, out var list))
        {
            list = [];
            _scores.Add(id, list);
            _order.Add(id);
        }

        list.Add(value);
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("The norm table was already built; a NormTableBuilder is single-use.");
        }
    }
}
