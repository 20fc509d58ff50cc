using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>
/// A person's position on one dimension: management strength <c>M</c> and leadership strength <c>L</c>, each in
/// [0, 1], and what follows from them.
/// </summary>
/// <remarks>
/// <para>Orientation is <c>L − M</c> in [−1, 1] (positive leans to leadership); integration is <c>sqrt(M·L)</c>,
/// high only when both strengths are high; the quadrant calls each strength high at or above
/// <see cref="Threshold"/>.</para>
/// <para>A position measured only by bipolar (semantic-differential) items has an orientation and nothing else:
/// <see cref="Integration"/> and <see cref="Quadrant"/> are <see langword="null"/>, never a made-up number.
/// Create such a position with <see cref="FromOrientation"/>.</para>
/// <para>A value type, so that a profile's dimensions live in one array. <c>default(DimensionPosition)</c> is the
/// defined "not measured" value: no strengths, no orientation, and the default threshold of 0.5.</para>
/// <para>This type is immutable and thread-safe. Derived values are computed from the stored ones, so a
/// <see langword="with"/> expression cannot make them disagree.</para>
/// </remarks>
public readonly record struct DimensionPosition
{
    // Absent values are stored as all-zero bits (see AbsentAsZero), and the threshold as its difference in bits from
    // the default, so that default(DimensionPosition) is "not measured, threshold 0.5".
    private static readonly long DefaultThresholdBits = BitConverter.DoubleToInt64Bits(QuadrantClassifier.DefaultThreshold);
    private readonly long _management;
    private readonly long _leadership;
    private readonly long _bipolarOrientation;
    private readonly long _threshold;

    /// <summary>
    /// Initializes a position from values the engine has already checked (strengths in [0, 1], the orientation in
    /// [−1, 1], the threshold in [0, 1]), without the public accessors' validation; NaN = not measured.
    /// </summary>
    /// <param name="management">The management strength, or NaN.</param>
    /// <param name="leadership">The leadership strength, or NaN.</param>
    /// <param name="bipolarOrientation">The orientation from bipolar items, or NaN.</param>
    /// <param name="threshold">The threshold.</param>
    internal DimensionPosition(double management, double leadership, double bipolarOrientation, double threshold)
    {
        _management = AbsentAsZero.Encode(management);
        _leadership = AbsentAsZero.Encode(leadership);
        _bipolarOrientation = AbsentAsZero.Encode(bipolarOrientation);
        _threshold = BitConverter.DoubleToInt64Bits(threshold) ^ DefaultThresholdBits;
    }

    /// <summary>Gets the management strength in [0, 1], or <see langword="null"/> when it was not measured.</summary>
    public double? Management { get => AbsentAsZero.DecodeNullable(_management); init => _management = AbsentAsZero.Encode(Preconditions.InRangeOrNull(value, 0, 1, nameof(Management))); }

    /// <summary>Gets the leadership strength in [0, 1], or <see langword="null"/> when it was not measured.</summary>
    public double? Leadership { get => AbsentAsZero.DecodeNullable(_leadership); init => _leadership = AbsentAsZero.Encode(Preconditions.InRangeOrNull(value, 0, 1, nameof(Leadership))); }

    /// <summary>
    /// Gets the orientation in [−1, 1] estimated from bipolar items, or <see langword="null"/> when the dimension
    /// had none. Where both strengths are measured too it is reported beside <see cref="Orientation"/>.
    /// </summary>
    public double? BipolarOrientation { get => AbsentAsZero.DecodeNullable(_bipolarOrientation); init => _bipolarOrientation = AbsentAsZero.Encode(Preconditions.InRangeOrNull(value, -1, 1, nameof(BipolarOrientation))); }

    /// <summary>Gets the threshold in [0, 1] at or above which a strength is high. Defaults to 0.5.</summary>
    public double Threshold
    {
        get => BitConverter.Int64BitsToDouble(_threshold ^ DefaultThresholdBits);
        init => _threshold = BitConverter.DoubleToInt64Bits(Preconditions.UnitInterval(value, nameof(Threshold))) ^ DefaultThresholdBits;
    }

    /// <summary>Gets a value indicating whether both strengths were measured.</summary>
    public bool HasStrengths => _management != 0 && _leadership != 0;

    /// <summary>
    /// Gets the orientation in [−1, 1]: <c>L − M</c> when both strengths are measured, otherwise
    /// <see cref="BipolarOrientation"/>, otherwise <see langword="null"/>.
    /// </summary>
    public double? Orientation => HasStrengths ? AbsentAsZero.Decode(_leadership) - AbsentAsZero.Decode(_management) : AbsentAsZero.DecodeNullable(_bipolarOrientation);

    /// <summary>Gets the integration <c>sqrt(M·L)</c> in [0, 1], or <see langword="null"/> unless both strengths are measured.</summary>
    public double? Integration => HasStrengths ? Math.Sqrt(AbsentAsZero.Decode(_management) * AbsentAsZero.Decode(_leadership)) : null;

    /// <summary>Gets the quadrant, or <see langword="null"/> unless both strengths are measured.</summary>
    /// <remarks>The strengths and threshold were checked when they were set (or come checked from the engine), so they are not checked again.</remarks>
    public Quadrant? Quadrant => HasStrengths ? QuadrantClassifier.ClassifyChecked(AbsentAsZero.Decode(_management), AbsentAsZero.Decode(_leadership), Threshold) : null;

    /// <summary>Creates a position from two unipolar strengths.</summary>
    /// <param name="management">Management strength in [0, 1].</param>
    /// <param name="leadership">Leadership strength in [0, 1].</param>
    /// <param name="threshold">The threshold at or above which a strength is high.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value lies outside [0, 1].</exception>
    public static DimensionPosition FromStrengths(double management, double leadership, double threshold = QuadrantClassifier.DefaultThreshold)
        => new() { Management = management, Leadership = leadership, Threshold = threshold };

    /// <summary>Creates a position measured only by bipolar items: an orientation, and no strengths or integration.</summary>
    /// <param name="orientation">The orientation in [−1, 1].</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orientation"/> lies outside [−1, 1].</exception>
    public static DimensionPosition FromOrientation(double orientation) => new() { BipolarOrientation = orientation };

    /// <inheritdoc/>
    public bool Equals(DimensionPosition other) =>
        Management.Equals(other.Management) && Leadership.Equals(other.Leadership) && BipolarOrientation.Equals(other.BipolarOrientation) && Threshold.Equals(other.Threshold);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Management, Leadership, BipolarOrientation, Threshold);
}
