using LeadershipModel.Internal;

namespace LeadershipModel.Norms;

/// <summary>
/// The norm distribution of one index, such as <c>leadership</c> or <c>control-influence/management</c>: points
/// of its empirical distribution, the sample size, and optionally the reliability and standard deviation from
/// which a standard error of measurement follows.
/// </summary>
/// <remarks>
/// <para>Create with <see cref="Create"/>. A score between two points is interpolated linearly; a score outside
/// the range takes the nearest end's percentile.</para>
/// <para>This type is immutable and thread-safe; it has no <c>init</c> accessors, so a <see langword="with"/>
/// expression cannot unsort the points.</para>
/// </remarks>
public sealed record NormIndex
{
    private NormIndex(string indexId, int sampleSize, EquatableArray<NormPoint> points, double? mean, double? standardDeviation, double? reliability)
    {
        IndexId = indexId;
        SampleSize = sampleSize;
        Points = points;
        Mean = mean;
        StandardDeviation = standardDeviation;
        Reliability = reliability;
    }

    /// <summary>Gets the index id (see <see cref="IndexIds"/>).</summary>
    public string IndexId { get; }

    /// <summary>Gets the number of profiles in the norm sample that had this index.</summary>
    public int SampleSize { get; }

    /// <summary>Gets the points in ascending order of score and percentile.</summary>
    public EquatableArray<NormPoint> Points { get; }

    /// <summary>Gets the sample mean, or <see langword="null"/>.</summary>
    public double? Mean { get; }

    /// <summary>Gets the sample standard deviation, or <see langword="null"/>.</summary>
    public double? StandardDeviation { get; }

    /// <summary>Gets the reliability of the index in the norm sample, or <see langword="null"/>.</summary>
    public double? Reliability { get; }

    /// <summary>Gets the standard error of measurement <c>SD·√(1 − r)</c>, when both are known.</summary>
    public double? StandardErrorOfMeasurement => StandardDeviation is { } sd && Reliability is { } r ? sd * Math.Sqrt(1 - r) : null;

    /// <summary>Creates a norm index.</summary>
    /// <param name="indexId">The index id.</param>
    /// <param name="sampleSize">The sample size; positive.</param>
    /// <param name="points">At least one point; scores strictly increasing and percentiles non-decreasing.</param>
    /// <param name="mean">The sample mean, if known.</param>
    /// <param name="standardDeviation">The sample standard deviation, if known; not negative.</param>
    /// <param name="reliability">The reliability in [0, 1], if known.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">The points are empty or out of order.</exception>
    public static NormIndex Create(string indexId, int sampleSize, IEnumerable<NormPoint> points, double? mean = null, double? standardDeviation = null, double? reliability = null)
    {
        Preconditions.NotBlank(indexId);
        Preconditions.Positive(sampleSize);
        var array = Preconditions.NotNull(points).ToEquatableArray();
        if (array.Count == 0)
        {
            throw new ArgumentException($"Norm index '{indexId}' needs at least one point.", nameof(points));
        }

        for (var i = 1; i < array.Count; i++)
        {
            if (!(array[i].Score > array[i - 1].Score) || array[i].Percentile < array[i - 1].Percentile)
            {
                throw new ArgumentException($"Norm index '{indexId}': point {i} must have a higher score than point {i - 1} and no lower percentile.", nameof(points));
            }
        }

        if (mean is { } m)
        {
            Preconditions.Finite(m, nameof(mean));
        }

        Preconditions.InRangeOrNull(standardDeviation, 0, double.MaxValue, nameof(standardDeviation));
        Preconditions.InRangeOrNull(reliability, 0, 1, nameof(reliability));
        return new NormIndex(indexId, sampleSize, array, mean, standardDeviation, reliability);
    }

    /// <summary>Gets the percentile rank of a score, interpolating between points.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The percentile in [0, 100].</returns>
    public double PercentileOf(double score)
    {
        var points = Points.AsSpan();
        if (score <= points[0].Score)
        {
            return points[0].Percentile;
        }

        if (score >= points[^1].Score)
        {
            return points[^1].Percentile;
        }

        var lo = 0;
        var hi = points.Length - 1;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) >>> 1;
            if (points[mid].Score <= score)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        var a = points[lo];
        var b = points[hi];
        return a.Percentile + ((score - a.Score) / (b.Score - a.Score) * (b.Percentile - a.Percentile));
    }
}
